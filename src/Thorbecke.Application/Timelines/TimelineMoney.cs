using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Timelines;
using Thorbecke.MoneyMentions;
using Thorbecke.Reports;

namespace Thorbecke.Application.Timelines;

/// <summary>
/// The euro amounts each document ties to each ask, for the timeline: what the money finder links to a financial ask
/// (<c>thorbecke money find</c>), and any amount inside a quote that is the evidence for an ask's verdict.
/// </summary>
public static class TimelineMoney
{
    /// <param name="report">The report whose asks and cells (with reviews) are read.</param>
    /// <param name="catalog">Where the documents' passages are read from.</param>
    /// <param name="documentIds">The documents to read; reading costs about a second per long programme.</param>
    public static TimelineAmounts Find(ScanReport report, IDocumentCatalog catalog, IEnumerable<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(documentIds);
        var grid = ResultGrid.For(report);
        var finder = new MoneyMentionFinder();
        var amounts = new List<TimelineAmount>();
        foreach (var id in documentIds.Distinct(StringComparer.Ordinal))
        {
            if (report.Documents.FirstOrDefault(d => d.Id == id) is not { } info || catalog.LoadDocument(id) is not { } document)
            {
                continue;
            }

            amounts.AddRange(Link(report, grid, info, finder.Find(document, report.Agenda)));
        }

        return new TimelineAmounts(amounts);
    }

    /// <summary>
    /// The amounts of one document's mentions (found before, against the report's agenda) that belong on each ask's
    /// timeline, so a caller can keep the mentions, which only the text decides, across reports that differ by a review.
    /// </summary>
    /// <param name="grid">The report's cells with the reviews laid over them.</param>
    public static IReadOnlyList<TimelineAmount> Link(ScanReport report, ResultGrid grid, DocumentInfo info, IReadOnlyList<MoneyMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(mentions);
        var amounts = new List<TimelineAmount>();
        foreach (var ask in report.Agenda.Asks)
        {
            var quotes = grid.Get(info, ask).Evidence.Select(e => e.Quote).ToList();
            amounts.AddRange(mentions
                .Where(m => m.LinkedAskIds.Contains(ask.Id) || quotes.Any(q => q.Contains(m.Quote, StringComparison.Ordinal) || m.Quote.Contains(q, StringComparison.Ordinal)))
                .Select(m => new TimelineAmount(ask.Id, info.Id, m.Page, m.Amount.ToDutchString(), m.Quote)));
        }

        return amounts;
    }
}
