using Thorbecke.Search.Judging;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>The confidence calibration is learned from the development labels and measured per left-out document.</summary>
[Collection(RealCorpus.Name)]
public sealed class TrainCommandTests(CorpusScanFixture scan)
{
    [Fact]
    public void Should_cross_validate_and_reproduce_the_shipped_calibration()
    {
        var model = Path.Combine(scan.WorkFolder, "calibration.json");
        var crossValidated = Path.Combine(scan.WorkFolder, "cv.json");

        var run = CliProcess.Run(scan.WorkFolder, "train", "--gold", Path.Combine(RepoPaths.Shared, "eval", "gold-dev"), "--db", scan.Database, "--out", model, "--cv-out", crossValidated);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Kruisvalidatie", run.Out, StringComparison.Ordinal);
        Assert.Contains("Betrouwbaarheid (kalibratie)", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(crossValidated));

        // The model in the repository must be the one these labels give; retrain with this command after changing features.
        var trained = SoftmaxModel.Parse(File.ReadAllText(model));
        var shipped = CalibratedJudge.BuiltInCalibration!;
        Assert.Equal(shipped.Features, trained.Features);
        for (var k = 0; k < shipped.Weights.Count; k++)
        {
            Assert.Equal(shipped.Weights[k], trained.Weights[k], (a, b) => Math.Abs(a - b) < 1e-6);
        }
    }
}
