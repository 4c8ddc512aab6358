using Thorbecke.Search.Matching;
using Thorbecke.Search.Stance;

namespace Thorbecke.Search.Judging;

/// <summary>The numbers a learned judge sees for one ask in one document, in a fixed order.</summary>
public static class FeatureVector
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "bm25_per_weight", "log_passages", "best_coverage", "union_coverage", "log_strong_passages",
        "specific_terms", "top_specific", "own_voice", "position_for", "position_against",
    ];

    public static double[] Of(AskFeatures f) =>
    [
        f.NormalizedBm25,
        Math.Log(Math.Max(1, f.Passages)),
        f.BestCoverage,
        f.UnionCoverage,
        Math.Log(1 + f.StrongPassages),
        f.SpecificTermsMatched,
        f.TopSpecificMatched,
        f.OwnVoice ? 1 : 0,
        f.Position == Position.For ? 1 : 0,
        f.Position == Position.Against ? 1 : 0,
    ];
}
