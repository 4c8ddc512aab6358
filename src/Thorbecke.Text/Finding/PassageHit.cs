using Thorbecke.Text.Words;

namespace Thorbecke.Text.Finding;

/// <summary>Where a requested passage occurs in a document.</summary>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Span">Where the quote is in the page's text.</param>
/// <param name="Quote">The matched stretch, verbatim from the page's text (line breaks and hyphens as printed).</param>
/// <param name="Score">1 for a verbatim hit; for a paraphrase, how well its content words and the passage's agree, in [0, 1].</param>
/// <param name="Marks">The parts of the page's text that match: the whole quote when verbatim, the shared words when paraphrased.</param>
public sealed record PassageHit(int Page, TextSpan Span, string Quote, double Score, PassageMatchKind Kind, IReadOnlyList<TextSpan> Marks);
