using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Judging;

/// <summary>
/// Fits the confidence calibration on reviewed labels and measures it honestly: leave-one-document-out, so no
/// document is ever scored by weights fitted on it.
/// </summary>
public static class JudgeTraining
{
    /// <summary>Runs the matcher without examples over each labelled document and pairs its measurements with the labels.</summary>
    public static IReadOnlyList<LabelledPair> Collect(Agenda agenda, IEnumerable<(Document Document, GoldLabelSet Gold)> labelled, MatcherOptions? options = null)
    {
        options ??= new MatcherOptions();
        var rules = new RuleBasedJudge(options);
        var pairs = new List<LabelledPair>();
        foreach (var (document, gold) in labelled)
        {
            var measured = LexicalAskMatcher.Measure(options, ExampleSet.Empty, agenda, document).ToDictionary(m => m.Ask.Id, StringComparer.Ordinal);
            foreach (var label in gold.Labels.Where(l => measured.ContainsKey(l.Ask)))
            {
                var measurement = measured[label.Ask];
                var (shown, features) = AskDecision.Prepare(measurement, EvidenceRanker.Lexical, _ => false);
                var result = AskDecision.Decide(measurement, rules, EvidenceRanker.Lexical, _ => false);
                var bestPage = shown.Count == 0 ? 0 : shown[0].Candidate.Passage.Page;
                pairs.Add(new LabelledPair(document.Info.Id, label.Ask, features, bestPage, result.Evidence, label.Verdict));
            }
        }

        return pairs;
    }

    /// <summary>Fits the probability that <paramref name="inner"/>'s verdict is right.</summary>
    public static SoftmaxModel Fit(IEnumerable<LabelledPair> pairs, IVerdictJudge inner) =>
        SoftmaxTrainer.Fit(
            CalibratedJudge.Classes,
            CalibratedJudge.FeatureNames,
            pairs.Select(p =>
            {
                var verdict = inner.Judge(p.Features, Cite(p.BestPage)).Verdict;
                return (CalibratedJudge.Features(p.Features, verdict), verdict == p.Gold ? 1 : 0);
            }).ToList());

    /// <summary>For each document, a calibration fitted on all the others judges it; the results of all documents together.</summary>
    public static IReadOnlyList<AskResult> CrossValidate(IReadOnlyList<LabelledPair> pairs, IVerdictJudge inner)
    {
        var results = new List<AskResult>();
        foreach (var document in pairs.Select(p => p.Document).Distinct(StringComparer.Ordinal))
        {
            var judge = new CalibratedJudge(inner, Fit(pairs.Where(p => p.Document != document), inner));
            results.AddRange(pairs.Where(p => p.Document == document).Select(p => Judge(judge, p)));
        }

        return results;
    }

    /// <summary>Labelled pairs know only the PDF page; the rationale of a cross-validated verdict cites that.</summary>
    private static string Cite(int page) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p. {page}");

    private static AskResult Judge(IVerdictJudge judge, LabelledPair pair)
    {
        var verdict = judge.Judge(pair.Features, Cite(pair.BestPage));
        return new AskResult(pair.Ask, pair.Document, verdict.Verdict, verdict.Confidence, pair.Evidence, verdict.Rationale);
    }
}
