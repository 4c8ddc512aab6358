using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Web.Timeline;

/// <summary>A document that moved an ask: its verdict (an analyst's review wins) and the quote that shows it.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Kind">The document's kind as corpus.json writes it (agreement, letter, budget, ...).</param>
/// <param name="Verdict">support, partial, oppose or none.</param>
/// <param name="Page">The 1-based page of the quote in the document; null when there is no quote.</param>
/// <param name="Quote">The quote, verbatim; null when there is none.</param>
public sealed record ChangeStep(string Document, string Title, string Kind, DateOnly? Date, string Verdict, int? Page, string? Quote)
{
    public static ChangeStep From(TimelineStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.Document.Id, step.Document.Title, step.Document.Kind, step.Document.Date, step.Cell.Verdict.ToWire(), step.Quote?.Page, step.Quote?.Quote);
    }
}
