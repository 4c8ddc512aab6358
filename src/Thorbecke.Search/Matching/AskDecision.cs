using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Learning;

namespace Thorbecke.Search.Matching;

/// <summary>
/// Turns a measurement into a result: the evidence in the ranker's order, then the verdict from the judge. The
/// examples it may learn from are given as a filter, so cross-validation decides exactly as a scan does.
/// </summary>
public static class AskDecision
{
    /// <summary>How much a further quote from a page already shown (or beside it) still counts; measured: 0.3 puts more different places in the top three than 0.5.</summary>
    private const double DiversityFactor = 0.3;

    public static AskResult Decide(AskMeasurement measurement, IVerdictJudge judge, EvidenceRanker ranker, Func<LabelledCell, bool> allowed)
    {
        var (shown, features) = Prepare(measurement, ranker, allowed);
        var bestPage = shown.Count == 0 ? 0 : shown[0].Candidate.Passage.Page;
        var verdict = judge.Judge(features, measurement.Document.Cite(bestPage));
        var evidence = shown
            .Select(e => new Evidence(e.Candidate.Passage.Page, e.Candidate.Quote, Math.Round(e.Score * 10, 3)))
            .ToList();
        return new AskResult(measurement.Ask.Id, measurement.Document.Id, verdict.Verdict, verdict.Confidence, evidence, verdict.Rationale);
    }

    /// <summary>The evidence to show and the features the judge sees, for the examples <paramref name="allowed"/> lets it use.</summary>
    internal static (List<(Candidate Candidate, double Score)> Shown, AskFeatures Features) Prepare(AskMeasurement measurement, EvidenceRanker ranker, Func<LabelledCell, bool> allowed)
    {
        // A passage found only for resembling a review that may not be used is not a candidate at all.
        var pool = measurement.Candidates.Where(c => c.FoundInIndex || c.ExampleSimilarity(allowed) > 0).ToList();
        var ordered = WithSubjectQuoted(Diversified(ranker.Order(pool, allowed)));
        // Without a subject of its own every sentence "names" it, so no quote can take an explicit side.
        var hasSubject = measurement.Lexical.Subject.Length > 0;
        var shown = hasSubject ? ExplicitFirst(ordered) : ordered;
        var features = measurement.Lexical with
        {
            SubjectQuoted = shown.Any(e => e.Candidate.QuoteNamesSubject),
            Examples = ExampleSignals.From(measurement.Examples, allowed),
            ShownPosition = AskMeasurer.PositionOf(shown.Take(3).Select(e => e.Candidate)),
            ExplicitPosition = hasSubject ? AskMeasurer.PositionOf(shown.Take(3).Select(e => e.Candidate).Where(IsExplicit)) : Stance.Position.Neutral,
            ShownScore = shown.Count == 0 ? (0, 0) : (shown[0].Score, shown.Take(3).Average(e => e.Score)),
        };
        return (shown, features);
    }

    /// <summary>
    /// A quote takes an explicit side on the ask when it names the ask's own subject; for the ask, it must also hold at
    /// least half of the ask. Measured on the development set: "wij willen meer geld voor gemeenten"-like sentences
    /// that name the subject in passing were mostly partial, while a rejection of the subject was mostly an oppose.
    /// </summary>
    private static bool IsExplicit(Candidate candidate) =>
        candidate.QuoteNamesSubject && (candidate.Stance != Stance.Position.For || candidate.Choice.Coverage >= ExplicitSupportCoverage);

    private const double ExplicitSupportCoverage = 0.5;

    /// <summary>
    /// A quote among the first three that takes an explicit side on the ask's subject carries the verdict, so it comes
    /// first: its score is raised by the best score, which keeps the evidence in order of score as the results contract
    /// requires. Quotes from further down are not pulled up: measured, that made more wrong sides than right ones.
    /// </summary>
    private static List<(Candidate Candidate, double Score)> ExplicitFirst(List<(Candidate Candidate, double Score)> shown)
    {
        var best = shown.Count == 0 ? 0 : shown[0].Score;
        return shown
            .Select((e, i) => (e.Candidate, i < 3 && e.Candidate.Stance != Stance.Position.Neutral && IsExplicit(e.Candidate) ? e.Score + best : e.Score))
            .OrderByDescending(e => e.Item2)
            .ToList();
    }

    /// <summary>
    /// The evidence to show; when none of it names the ask's subject but a further candidate does, that one takes
    /// the last place, so a verdict rests on a sentence about the ask itself rather than on related words.
    /// </summary>
    private static List<(Candidate Candidate, double Score)> WithSubjectQuoted(List<(Candidate Candidate, double Score)> ranked)
    {
        var shown = ranked.Take(AskResult.MaxEvidence).ToList();
        if (shown.Count == 0 || shown.Any(e => e.Candidate.QuoteNamesSubject))
        {
            return shown;
        }

        var naming = ranked.Skip(shown.Count).Where(e => e.Candidate.QuoteNamesSubject).Take(1).ToList();
        return naming.Count == 0 ? shown : [.. shown.Take(AskResult.MaxEvidence - 1), .. naming];
    }

    /// <summary>
    /// Evidence best first, where each further quote from a page already shown, or from the page beside it, counts
    /// for less, so the first quotes point a reviewer to the different places where the document speaks to the ask.
    /// </summary>
    private static List<(Candidate Candidate, double Score)> Diversified(List<(Candidate Candidate, double Score)> ranked)
    {
        var shown = new Dictionary<int, int>();
        var scored = new List<(Candidate, double)>(ranked.Count);
        foreach (var (candidate, score) in ranked)
        {
            var page = candidate.Passage.Page;
            var earlier = shown.GetValueOrDefault(page - 1) + shown.GetValueOrDefault(page) + shown.GetValueOrDefault(page + 1);
            shown[page] = shown.GetValueOrDefault(page) + 1;
            scored.Add((candidate, score * Math.Pow(DiversityFactor, earlier)));
        }

        return scored.OrderByDescending(s => s.Item2).ToList();
    }
}
