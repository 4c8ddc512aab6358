using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Evaluation;

/// <summary>What the product said about one ask in one document, as the evaluator compares it with gold labels.</summary>
/// <param name="Document">The document's file stem (<c>bij1</c> for <c>bij1.pdf</c>), as gold label files name it.</param>
/// <param name="Ask">The ask id.</param>
/// <param name="Verdict">The predicted verdict.</param>
/// <param name="Confidence">The predicted confidence in [0, 1].</param>
/// <param name="Evidence">The evidence, best first.</param>
public sealed record PredictedResult(string Document, string Ask, Verdict Verdict, double Confidence, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// A result as the evaluator sees it: its document named as label files name it (<see cref="LabelKeys"/>), its
    /// confidence as the results contract publishes it (3 decimals), so a fresh scan scores as its results file does.
    /// </summary>
    public static PredictedResult From(AskResult result, Documents.DocumentInfo document) =>
        new(LabelKeys.Of(document), result.Ask, result.Verdict, PublishedNumbers.Round(result.Confidence), result.Evidence);
}
