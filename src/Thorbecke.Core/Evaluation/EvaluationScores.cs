using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Evaluation;

/// <summary>The scores of one set of labelled pairs: all of them, one document's or one theme's.</summary>
/// <param name="Count">The number of gold labels scored.</param>
/// <param name="Confusion">Gold x predicted counts.</param>
/// <param name="Addressed">Binary scores where "addressed" (any verdict but none) is the positive class.</param>
/// <param name="EvidenceLabels">Gold labels with a verdict other than none and at least one page: the hit@3 denominator.</param>
/// <param name="EvidenceHits">Of those, how many had one of the top three predicted pages within one page of a gold page.</param>
/// <param name="QuotesChecked">Predicted quotes checked against page text (0 when no page text was given).</param>
/// <param name="QuotesVerbatim">Of those, how many occur in their page's text, whitespace aside.</param>
/// <param name="PageTextGiven">Whether page text was available for the verbatim check.</param>
public sealed record EvaluationScores(
    int Count,
    ConfusionMatrix Confusion,
    ClassScores Addressed,
    int EvidenceLabels,
    int EvidenceHits,
    int QuotesChecked,
    int QuotesVerbatim,
    bool PageTextGiven)
{
    /// <summary>The share of labels whose verdict was predicted exactly; 0 when there are none.</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Confusion.Correct / Count;

    /// <summary>Per-verdict scores, in <see cref="ConfusionMatrix.Classes"/> order.</summary>
    public IReadOnlyDictionary<Verdict, ClassScores> PerClass { get; } = ConfusionMatrix.Classes.ToDictionary(
        v => v,
        v => ClassScores.From(Confusion[v, v], Confusion.GoldCount(v), Confusion.PredictedCount(v)));

    /// <summary>
    /// The mean F1 of the four verdicts. A verdict absent from both gold and predictions scores 0, so the
    /// number is comparable across subsets and with scikit-learn's <c>f1_score(average="macro", labels=all four)</c>.
    /// </summary>
    public double MacroF1 => ConfusionMatrix.Classes.Average(v => PerClass[v].F1);

    /// <summary>F1 of "the document addresses the ask" (verdict is not none) against "it does not".</summary>
    public double AddressedF1 => Addressed.F1;

    /// <summary>The share of gold evidence labels found in the top three predicted pages (+-1); null without such labels.</summary>
    public double? EvidenceHitAt3 => EvidenceLabels == 0 ? null : (double)EvidenceHits / EvidenceLabels;

    /// <summary>The share of predicted quotes that occur verbatim on their page; null without page text or quotes.</summary>
    public double? VerbatimShare => !PageTextGiven || QuotesChecked == 0 ? null : (double)QuotesVerbatim / QuotesChecked;
}
