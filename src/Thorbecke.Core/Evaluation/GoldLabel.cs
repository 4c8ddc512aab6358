using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Evaluation;

/// <summary>A reviewed verdict for one ask in one document.</summary>
/// <param name="Ask">The ask id.</param>
/// <param name="Verdict">The reviewed verdict.</param>
/// <param name="Pages">1-based page indexes of the file (not printed page numbers) where the evidence is.</param>
/// <param name="Quotes">Verbatim text; <c>Quotes[i]</c> comes from <c>Pages[i]</c>.</param>
/// <param name="Confidence">Whether the reviewer was sure.</param>
/// <param name="Note">Why the label is partial or oppose, when the reviewer wrote it down.</param>
public sealed record GoldLabel(
    string Ask,
    Verdict Verdict,
    IReadOnlyList<int> Pages,
    IReadOnlyList<string> Quotes,
    LabelConfidence Confidence,
    string? Note);
