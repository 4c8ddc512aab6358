namespace Thorbecke.Core.Verdicts;

/// <summary>The verdict for one ask in one document, with the evidence behind it (best first, at most five).</summary>
/// <param name="Ask">The ask id.</param>
/// <param name="Document">The document id.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Confidence">How sure the engine is, in [0, 1].</param>
/// <param name="Evidence">Evidence, best first; never empty unless the verdict is <see cref="Verdicts.Verdict.None"/>.</param>
/// <param name="Rationale">One Dutch line that says why.</param>
public sealed record AskResult(string Ask, string Document, Verdict Verdict, double Confidence, IReadOnlyList<Evidence> Evidence, string Rationale)
{
    public const int MaxEvidence = 5;
}
