using Thorbecke.Core.Verdicts;

namespace Thorbecke.Search.Learning;

/// <summary>
/// What the reviewed examples of an ask say about a document: how closely its sentences resemble evidence reviewed as
/// support, partial or oppose elsewhere, how the reviewers of other documents judged the ask, and whether the
/// document's nearest sentences rather resemble evidence for a neighbouring ask of the theme.
/// </summary>
/// <param name="Reviews">The reviewed cells of this ask the signals come from.</param>
/// <param name="Similarity">Per verdict (in <see cref="VerdictNames.All"/> order), the closest likeness to evidence reviewed so; 0 for none.</param>
/// <param name="Share">Per verdict, the smoothed share of reviewers that gave it.</param>
/// <param name="Vote">Per verdict, the share of likeness-weighted votes of the examples with evidence.</param>
/// <param name="MeanTopSimilarity">The mean of the three closest likenesses.</param>
/// <param name="ThemeSimilarity">The closest likeness to evidence for another ask of the same theme.</param>
/// <param name="Closest">The example the document resembles most, if any.</param>
public sealed record ExampleSignals(
    int Reviews,
    IReadOnlyList<double> Similarity,
    IReadOnlyList<double> Share,
    IReadOnlyList<double> Vote,
    double MeanTopSimilarity,
    double ThemeSimilarity,
    LabelledCell? Closest)
{
    public static ExampleSignals None { get; } = new(0, [0, 0, 0, 0], [0.25, 0.25, 0.25, 0.25], [0, 0, 0, 0], 0, 0, null);

    public double BestSimilarity => Similarity.Max();

    internal static ExampleSignals From(AskExamples examples, Func<LabelledCell, bool> allowed)
    {
        var own = examples.Own.Where(e => allowed(e.Cell)).ToList();
        if (own.Count == 0)
        {
            return None;
        }

        var classes = VerdictNames.All;
        var quoted = own.Where(e => e.Cell.Quotes.Count > 0).ToList();
        var weights = quoted.Sum(e => e.Similarity * e.Similarity);
        return new ExampleSignals(
            own.Count,
            classes.Select(v => quoted.Where(e => e.Cell.Verdict == v).Select(e => e.Similarity).DefaultIfEmpty(0).Max()).ToList(),
            classes.Select(v => (own.Count(e => e.Cell.Verdict == v) + 1.0) / (own.Count + classes.Count)).ToList(),
            classes.Select(v => weights <= 0 ? 0 : quoted.Where(e => e.Cell.Verdict == v).Sum(e => e.Similarity * e.Similarity) / weights).ToList(),
            quoted.Select(e => e.Similarity).OrderDescending().Take(3).DefaultIfEmpty(0).Average(),
            examples.Theme.Where(e => e.Cell.Verdict != Verdict.None && allowed(e.Cell)).Select(e => e.Similarity).DefaultIfEmpty(0).Max(),
            quoted.MaxBy(e => e.Similarity)?.Cell);
    }
}
