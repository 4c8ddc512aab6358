namespace Thorbecke.Reports.Changes;

/// <summary>A document that moved an ask, with the quote that shows how (see <see cref="ChangesJson"/>).</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Title">How the timeline names it.</param>
/// <param name="Kind">Its kind's wire name (letter, budget, ...).</param>
/// <param name="Date">Its date, ISO 8601.</param>
/// <param name="Verdict">The verdict that counts (an analyst's review wins): support, partial, oppose.</param>
/// <param name="Reviewed">True when an analyst reviewed the verdict.</param>
/// <param name="Page">The quote's 1-based page index.</param>
/// <param name="PrintedPage">The page as readers find it ("p. 40 (pdf 42)").</param>
/// <param name="Quote">The quote, verbatim.</param>
public sealed record ChangeStepJson(string Document, string Title, string Kind, string? Date, string Verdict, bool Reviewed, int? Page, string? PrintedPage, string? Quote);
