using Thorbecke.Core.Agendas;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Learning;

/// <summary>
/// Measures what reviews are worth: for k = 0 .. n-1, every document is judged by a model that learned from k of the
/// others (examples and weights alike), averaged over several choices of those k. Zero is the engine without reviews.
/// </summary>
public static class LearningCurve
{
    /// <summary>At most this many choices of k documents per size, taken in a fixed order, so the curve is reproducible and quick.</summary>
    private const int MaxRuns = 5;

    public static IReadOnlyList<LearningCurvePoint> Measure(
        Agenda agenda, IReadOnlyList<TrainingCase> cases, ExampleSet examples, IReadOnlyList<GoldLabelSet> gold, MatcherOptions options)
    {
        var documents = cases.Select(c => c.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var points = new List<LearningCurvePoint>();
        for (var k = 0; k < documents.Count; k++)
        {
            var reports = new List<EvaluationScores>();
            for (var run = 0; run < MaxRuns; run++)
            {
                var predictions = new List<PredictedResult>();
                var complete = true;
                foreach (var test in documents)
                {
                    var others = documents.Where(d => d != test).ToList();
                    var subsets = Subsets(others, k).ToList();
                    if (run >= subsets.Count)
                    {
                        complete = false;
                        break;
                    }

                    var training = subsets[run].ToHashSet(StringComparer.Ordinal);
                    var model = ModelTraining.Fit(cases, examples, training.Contains, options);
                    var tested = cases.Where(c => c.Document == test).ToList();
                    predictions.AddRange(ModelTraining.Judge(tested, model, training.Contains, options)
                        .Select(result => PredictedResult.From(result, tested[0].Measurement.Document)));
                }

                if (!complete)
                {
                    break;
                }

                reports.Add(Evaluator.Evaluate(agenda, gold, predictions).Overall);
            }

            points.Add(new LearningCurvePoint(
                k,
                reports.Count,
                reports.Average(r => r.Accuracy),
                reports.Average(r => r.MacroF1),
                reports.Average(r => r.PerClass[Verdict.Oppose].F1),
                reports.Average(r => r.AddressedF1),
                reports.Average(r => r.EvidenceHitAt3 ?? 0)));
        }

        return points;
    }

    /// <summary>The k-element subsets of <paramref name="items"/> in lexicographic order.</summary>
    private static IEnumerable<IReadOnlyList<string>> Subsets(IReadOnlyList<string> items, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = 0; first <= items.Count - k; first++)
        {
            foreach (var rest in Subsets(items.Skip(first + 1).ToList(), k - 1))
            {
                yield return [items[first], .. rest];
            }
        }
    }
}
