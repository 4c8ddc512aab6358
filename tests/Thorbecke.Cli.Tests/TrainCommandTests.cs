using Thorbecke.Search.Judging;
using Thorbecke.Search.Learning;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>The learned model and the zero-shot calibration come from the development labels, measured per left-out document.</summary>
[Collection(RealCorpus.Name)]
public sealed class TrainCommandTests(CorpusScanFixture scan)
{
    [Fact]
    public void Should_cross_validate_and_reproduce_the_shipped_model_and_calibration()
    {
        var model = Path.Combine(scan.WorkFolder, "learned.json");
        var calibration = Path.Combine(scan.WorkFolder, "calibration.json");
        var crossValidated = Path.Combine(scan.WorkFolder, "cv.json");

        var run = CliProcess.Run(scan.WorkFolder, "train", "--gold", Path.Combine(RepoPaths.Shared, "eval", "gold-dev"), "--db", scan.Database,
            "--out", model, "--calibration-out", calibration, "--cv-out", crossValidated);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Kruisvalidatie", run.Out, StringComparison.Ordinal);
        Assert.Contains("Betrouwbaarheid (kalibratie)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Dekking en juistheid", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(crossValidated));

        // The files in the repository must be the ones these labels give; retrain with this command after changing features:
        // thorbecke train --gold ../shared/eval/gold-dev --db t.db --out src/Thorbecke.Search/Learning/learned-model.json
        //   --calibration-out src/Thorbecke.Search/Judging/calibration-model.json
        var trained = LearnedModel.Parse(File.ReadAllText(model));
        var shipped = LearnedModel.BuiltIn!;
        Assert.Equal(shipped.Examples.Cells.Count, trained.Examples.Cells.Count);
        Assert.Equal(shipped.Examples.Cells.Select(c => (c.Ask, c.Source, c.Verdict, c.Quotes.Count)), trained.Examples.Cells.Select(c => (c.Ask, c.Source, c.Verdict, c.Quotes.Count)));
        AssertSameWeights(shipped.Judge, trained.Judge);
        AssertSameWeights(shipped.Ranker, trained.Ranker);
        AssertSameWeights(CalibratedJudge.BuiltInCalibration!, SoftmaxModel.Parse(File.ReadAllText(calibration)));
    }

    private static void AssertSameWeights(SoftmaxModel shipped, SoftmaxModel trained)
    {
        Assert.Equal(shipped.Features, trained.Features);
        for (var k = 0; k < shipped.Weights.Count; k++)
        {
            Assert.Equal(shipped.Weights[k], trained.Weights[k], (a, b) => Math.Abs(a - b) < 1e-6);
        }
    }
}
