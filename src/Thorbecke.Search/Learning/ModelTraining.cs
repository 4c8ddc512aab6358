using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Learning;

/// <summary>
/// Learns the judge and the evidence ranker from reviewed cells, and measures them honestly: a document is only
/// ever judged by a model fitted on other documents, with examples from other documents. Within the training
/// documents the same holds, so the model learns from signals that look like those of a document it never saw.
/// </summary>
public static class ModelTraining
{
    /// <summary>Reviewed cells weigh by class so that rare verdicts (oppose) are not drowned out: the square root of the imbalance.</summary>
    private const double ClassBalance = 0.5;

    /// <summary>Measures every labelled document against the examples of all the others.</summary>
    public static (IReadOnlyList<TrainingCase> Cases, ExampleSet Examples) Collect(
        Agenda agenda, IReadOnlyList<(Document Document, GoldLabelSet Gold)> labelled, MatcherOptions options)
    {
        var examples = new ExampleSet(
            agenda.Asks.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal),
            labelled.SelectMany(l => ExampleSet.FromGold(l.Gold, l.Document.Info)));
        var cases = new List<TrainingCase>();
        foreach (var (document, gold) in labelled)
        {
            var measured = LexicalAskMatcher.Measure(options, examples, agenda, document).ToDictionary(m => m.Ask.Id, StringComparer.Ordinal);
            cases.AddRange(gold.Labels.Where(l => measured.ContainsKey(l.Ask)).Select(l => new TrainingCase(measured[l.Ask], l)));
        }

        return (cases, examples);
    }

    /// <summary>Fits a model on the cases of the documents <paramref name="training"/> accepts, with examples from those documents only.</summary>
    /// <returns>Null when there is nothing to learn from (fewer than two training documents).</returns>
    public static LearnedModel? Fit(IReadOnlyList<TrainingCase> cases, ExampleSet examples, Func<string, bool> training, MatcherOptions options)
    {
        var used = cases.Where(c => training(c.Document)).ToList();
        Func<LabelledCell, bool> Allowed(TrainingCase c) => cell => training(cell.Source) && cell.Source != c.Document;
        var rankerRows = used
            .Where(c => c.Gold.Verdict != Verdict.None && c.Gold.Pages.Count > 0)
            .SelectMany(c => RankerRows(c, Allowed(c)))
            .ToList();
        if (rankerRows.Count == 0 || rankerRows.All(r => r.Y == 0))
        {
            return null;
        }

        var ranker = new EvidenceRanker(SoftmaxTrainer.Fit(EvidenceRanker.Classes, EvidenceRanker.FeatureNames, rankerRows));
        var zeroShot = LexicalAskMatcher.ZeroShotJudge(options);
        var judgeRows = used
            .Select(c => (Case: c, Features: AskDecision.Prepare(c.Measurement, ranker, Allowed(c)).Features))
            .Where(r => r.Features.Examples.Reviews > 0)
            .Select(r => (LearnedJudge.Features(r.Features, zeroShot.Judge(r.Features, "").Verdict), LearnedJudge.ClassOf(r.Case.Gold.Verdict)))
            .ToList();
        if (judgeRows.Count == 0)
        {
            return null;
        }

        var judge = SoftmaxTrainer.Fit(LearnedJudge.Classes, LearnedJudge.FeatureNames, judgeRows, balance: ClassBalance);
        return new LearnedModel(new ExampleSet(examples.AskTexts, examples.Cells.Where(c => training(c.Source))), judge, ranker.Model!);
    }

    /// <summary>Judges the cases with a model fitted on the cases of <paramref name="training"/> documents, learning only from their examples.</summary>
    public static IEnumerable<AskResult> Judge(IEnumerable<TrainingCase> cases, LearnedModel? model, Func<string, bool> training, MatcherOptions options)
    {
        var zeroShot = LexicalAskMatcher.ZeroShotJudge(options);
        IVerdictJudge judge = model is null ? zeroShot : new LearnedJudge(model.Judge, zeroShot, options.SmallDocumentPassages);
        var ranker = model is null ? EvidenceRanker.Lexical : new EvidenceRanker(model.Ranker);
        Func<LabelledCell, bool> allowed = model is null ? _ => false : cell => training(cell.Source);
        return cases.Select(c => AskDecision.Decide(c.Measurement, judge, ranker, allowed));
    }

    /// <summary>Leave-one-document-out: every document judged by a model that learned from all the others.</summary>
    public static IReadOnlyList<AskResult> CrossValidate(IReadOnlyList<TrainingCase> cases, ExampleSet examples, MatcherOptions options)
    {
        var results = new List<AskResult>();
        foreach (var document in cases.Select(c => c.Document).Distinct(StringComparer.Ordinal))
        {
            bool Training(string source) => source != document;
            var model = Fit(cases, examples, Training, options);
            results.AddRange(Judge(cases.Where(c => c.Document == document), model, Training, options));
        }

        return results;
    }

    private static IEnumerable<(double[] X, int Y)> RankerRows(TrainingCase c, Func<LabelledCell, bool> allowed)
    {
        var pool = c.Measurement.Candidates.Where(x => x.FoundInIndex || x.ExampleSimilarity(allowed) > 0).ToList();
        var features = EvidenceRanker.Features(pool, allowed);
        return pool.Select((candidate, i) => (features[i], c.Gold.Pages.Any(p => Math.Abs(p - candidate.Passage.Page) <= Evaluator.PageTolerance) ? 1 : 0));
    }
}
