using Thorbecke.Search.Judging;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Learning;

/// <summary>
/// Orders the candidate passages of an ask by how likely a reviewer would quote them, learned from which passages
/// reviewers did quote (learning to rank, pointwise). Without a model the lexical order stands.
/// </summary>
public sealed class EvidenceRanker(SoftmaxModel? model)
{
    public static IReadOnlyList<string> Classes { get; } = ["other", "quoted"];

    public static IReadOnlyList<string> FeatureNames { get; } =
        ["lexical_rank", "coverage", "bm25", "heading_coverage", "names_subject", "example_similarity", "in_index"];

    public static EvidenceRanker Lexical { get; } = new(null);

    /// <summary>The learned weights, or null for the lexical order.</summary>
    public SoftmaxModel? Model => model;

    public string Version => model is null ? "lexical-order" : "ranker-" + model.Fingerprint;

    /// <summary>Each candidate with its score, best first.</summary>
    internal List<(Candidate Candidate, double Score)> Order(IReadOnlyList<Candidate> pool, Func<LabelledCell, bool> allowed)
    {
        var scored = model is null
            ? pool.Select(c => (c, c.RankScore)).ToList()
            : Features(pool, allowed).Select((x, i) => (pool[i], model.Probabilities(x)[1])).ToList();
        return scored
            .OrderByDescending(s => s.Item2)
            .ThenBy(s => s.Item1.Passage.Index)
            .ToList();
    }

    /// <summary>The ranker's view of each candidate, relative to the best of the pool where scores are not comparable across asks.</summary>
    internal static List<double[]> Features(IReadOnlyList<Candidate> pool, Func<LabelledCell, bool> allowed)
    {
        var maxRank = Math.Max(1e-9, pool.Select(c => c.RankScore).DefaultIfEmpty(0).Max());
        var maxBm25 = Math.Max(1e-9, pool.Select(c => c.Bm25).DefaultIfEmpty(0).Max());
        return pool.Select(c => new[]
        {
            c.RankScore / maxRank,
            c.Coverage,
            c.Bm25 / maxBm25,
            c.HeadingCoverage,
            c.QuoteNamesSubject ? 1.0 : 0.0,
            c.ExampleSimilarity(allowed),
            c.FoundInIndex ? 1.0 : 0.0,
        }).ToList();
    }
}
