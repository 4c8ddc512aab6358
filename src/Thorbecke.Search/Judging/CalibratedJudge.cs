using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Judging;

/// <summary>
/// Verdicts from an inner judge, with as confidence the probability that such a verdict is right, learned from
/// reviewed labels (<c>thorbecke train</c>). Of the verdicts given with confidence 0.8, about 80% should be right.
/// </summary>
public sealed class CalibratedJudge(IVerdictJudge inner, SoftmaxModel calibration) : IVerdictJudge
{
    private const string ResourceName = "Thorbecke.Search.Judging.calibration-model.json";

    private static readonly Lazy<SoftmaxModel?> Shipped = new(LoadShipped);

    /// <summary>The calibration that ships with Thorbecke, or null when this build carries none.</summary>
    public static SoftmaxModel? BuiltInCalibration => Shipped.Value;

    public static IReadOnlyList<string> Classes { get; } = ["wrong", "right"];

    /// <summary>The verdict's kind and its interaction with the two strongest signals, next to the plain features.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        .. FeatureVector.Names,
        .. VerdictNames.All.Select(v => "is_" + v.ToWire()),
        .. VerdictNames.All.Select(v => "bm25_if_" + v.ToWire()),
        .. VerdictNames.All.Select(v => "coverage_if_" + v.ToWire()),
    ];

    public string Version => $"{inner.Version}+calibrated-{calibration.Fingerprint}";

    public JudgedVerdict Judge(AskFeatures features, string bestPage)
    {
        var verdict = inner.Judge(features, bestPage);
        var right = calibration.Probabilities(Features(features, verdict.Verdict))[1];
        return verdict with { Confidence = Math.Round(right, 3) };
    }

    public static double[] Features(AskFeatures features, Verdict verdict)
    {
        var kinds = VerdictNames.All.Select(v => v == verdict ? 1.0 : 0.0).ToArray();
        return
        [
            .. FeatureVector.Of(features),
            .. kinds,
            .. kinds.Select(k => k * features.NormalizedBm25),
            .. kinds.Select(k => k * features.BestCoverage),
        ];
    }

    private static SoftmaxModel? LoadShipped()
    {
        using var stream = typeof(CalibratedJudge).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return SoftmaxModel.Parse(reader.ReadToEnd());
    }
}
