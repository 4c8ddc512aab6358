using Thorbecke.Core.Agendas;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Evaluation;

/// <summary>
/// Compares predicted results with reviewed gold labels. Only gold labels are scored: a gold pair without a
/// prediction counts as predicted none, and predictions for pairs nobody labelled are ignored. Pure: page
/// text for the verbatim check comes from the caller.
/// </summary>
public static class Evaluator
{
    /// <summary>How many predicted evidence pages count for hit@3.</summary>
    public const int EvidenceDepth = 3;

    /// <summary>How far (in pages) a predicted page may be from a gold page and still be a hit.</summary>
    public const int PageTolerance = 1;

    /// <summary>Lower bounds of the confidence bins; each bin runs to the next bound, the last to 1.0 inclusive.</summary>
    public static IReadOnlyList<double> CalibrationBounds { get; } = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>The confidence thresholds of the coverage-accuracy table.</summary>
    public static IReadOnlyList<double> CoverageThresholds { get; } = [0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    private const string UnknownTheme = "(niet in de agenda)";

    /// <param name="agenda">The agenda the labels belong to; gives each ask its theme.</param>
    /// <param name="gold">One label set per document; a programme may appear only once.</param>
    /// <param name="predictions">Predicted results; for a pair given twice the first counts.</param>
    /// <param name="pageText">The text of a page of a document (by file stem and 1-based page), or null when unknown.</param>
    public static EvaluationReport Evaluate(
        Agenda agenda,
        IReadOnlyList<GoldLabelSet> gold,
        IReadOnlyList<PredictedResult> predictions,
        Func<string, int, string?>? pageText = null)
    {
        var predicted = new Dictionary<(string Document, string Ask), PredictedResult>(PairComparer.Instance);
        foreach (var prediction in predictions)
        {
            predicted.TryAdd((prediction.Document, prediction.Ask), prediction);
        }

        var pairs = new List<Pair>();
        var programmes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in gold)
        {
            if (!programmes.Add(set.Programme))
            {
                throw new ArgumentException($"Gold labels for '{set.Programme}' are given twice.", nameof(gold));
            }

            foreach (var label in set.Labels)
            {
                predicted.TryGetValue((set.Programme, label.Ask), out var prediction);
                pairs.Add(new Pair(set.Programme, agenda.FindAsk(label.Ask)?.Theme ?? UnknownTheme, label, prediction));
            }
        }

        var themes = agenda.Themes.Append(UnknownTheme).Where(t => pairs.Exists(p => string.Equals(p.Theme, t, StringComparison.Ordinal)));
        var labelled = pairs.Where(p => p.Prediction is not null).Select(p => (p.Document, p.Label.Ask)).ToHashSet(PairComparer.Instance);
        return new EvaluationReport(
            Score(pairs, pageText),
            gold.Select(s => new NamedScores(s.Programme, Score(pairs.Where(p => string.Equals(p.Document, s.Programme, StringComparison.Ordinal)), pageText))).ToList(),
            themes.Select(t => new NamedScores(t, Score(pairs.Where(p => string.Equals(p.Theme, t, StringComparison.Ordinal)), pageText))).ToList(),
            agenda.Asks.Where(a => pairs.Exists(p => p.Label.Ask == a.Id))
                .Select(a => new NamedScores(a.Id, Score(pairs.Where(p => p.Label.Ask == a.Id), pageText))).ToList(),
            Calibrate(pairs),
            CoverageThresholds.Select(t => Covered(pairs, t)).ToList(),
            pairs.Count(p => p.Prediction is null),
            predicted.Keys.Count(k => !labelled.Contains(k)));
    }

    private static EvaluationScores Score(IEnumerable<Pair> pairs, Func<string, int, string?>? pageText)
    {
        var confusion = new ConfusionMatrix();
        int addressedHits = 0, addressedGold = 0, addressedPredicted = 0;
        int evidenceLabels = 0, evidenceHits = 0, quotesChecked = 0, quotesVerbatim = 0;
        foreach (var pair in pairs)
        {
            var gold = pair.Label.Verdict;
            var verdict = pair.Prediction?.Verdict ?? Verdict.None;
            confusion.Add(gold, verdict);
            addressedGold += gold != Verdict.None ? 1 : 0;
            addressedPredicted += verdict != Verdict.None ? 1 : 0;
            addressedHits += gold != Verdict.None && verdict != Verdict.None ? 1 : 0;

            if (gold != Verdict.None && pair.Label.Pages.Count > 0)
            {
                evidenceLabels++;
                evidenceHits += IsEvidenceHit(pair) ? 1 : 0;
            }

            if (pageText is not null && pair.Prediction is not null)
            {
                foreach (var evidence in pair.Prediction.Evidence)
                {
                    quotesChecked++;
                    quotesVerbatim += IsVerbatim(evidence, pair.Document, pageText) ? 1 : 0;
                }
            }
        }

        return new EvaluationScores(
            confusion.Total,
            confusion,
            ClassScores.From(addressedHits, addressedGold, addressedPredicted),
            evidenceLabels,
            evidenceHits,
            quotesChecked,
            quotesVerbatim,
            pageText is not null);
    }

    private static bool IsEvidenceHit(Pair pair) =>
        pair.Prediction is { } prediction
        && prediction.Evidence.Take(EvidenceDepth).Any(e => pair.Label.Pages.Any(g => Math.Abs(e.Page - g) <= PageTolerance));

    private static bool IsVerbatim(Evidence evidence, string document, Func<string, int, string?> pageText)
    {
        var quote = Whitespace.Collapse(evidence.Quote);
        return quote.Length > 0
            && pageText(document, evidence.Page) is { } text
            && Whitespace.Collapse(text).Contains(quote, StringComparison.Ordinal);
    }

    /// <summary>Only real predictions carry a confidence, so missing pairs are left out of the table.</summary>
    private static List<CalibrationBin> Calibrate(List<Pair> pairs)
    {
        var bins = new List<CalibrationBin>();
        for (var i = 0; i < CalibrationBounds.Count; i++)
        {
            var lower = CalibrationBounds[i];
            var upper = i + 1 < CalibrationBounds.Count ? CalibrationBounds[i + 1] : 1.0;
            var last = i == CalibrationBounds.Count - 1;
            var inBin = pairs
                .Where(p => p.Prediction is { } r && r.Confidence >= lower - 1e-9 && (last ? r.Confidence <= upper + 1e-9 : r.Confidence < upper - 1e-9))
                .ToList();
            bins.Add(new CalibrationBin(
                lower,
                upper,
                inBin.Count,
                inBin.Count(p => p.Prediction!.Verdict == p.Label.Verdict),
                inBin.Count == 0 ? 0 : inBin.Average(p => p.Prediction!.Confidence)));
        }

        return bins;
    }

    /// <summary>A gold pair without a prediction was not decided at any confidence, so it counts against coverage.</summary>
    private static CoverageRow Covered(List<Pair> pairs, double threshold)
    {
        var decided = pairs.Where(p => p.Prediction is { } r && r.Confidence >= threshold - 1e-9).ToList();
        return new CoverageRow(threshold, decided.Count, decided.Count(p => p.Prediction!.Verdict == p.Label.Verdict), pairs.Count);
    }

    private sealed record Pair(string Document, string Theme, GoldLabel Label, PredictedResult? Prediction);

    /// <summary>File stems are compared without case ("BIJ1.pdf" and the gold file "bij1" are one document); ask ids exactly.</summary>
    private sealed class PairComparer : IEqualityComparer<(string Document, string Ask)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((string Document, string Ask) x, (string Document, string Ask) y) =>
            string.Equals(x.Document, y.Document, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Ask, y.Ask, StringComparison.Ordinal);

        public int GetHashCode((string Document, string Ask) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Document), StringComparer.Ordinal.GetHashCode(obj.Ask));
    }
}
