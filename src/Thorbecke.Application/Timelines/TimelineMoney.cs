using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Timelines;
using Thorbecke.MoneyMentions;
using Thorbecke.Reports;

namespace Thorbecke.Application.Timelines;

/// <summary>
/// The euro amounts a document ties to each ask, for the timeline: what the money finder links to a financial ask
/// (<c>thorbecke money find</c>), and any amount inside a quote that is the evidence for an ask's verdict.
/// <see cref="DocumentMoney"/> finds the amounts once per document; this matches them to a report's cells.
/// </summary>
public static class TimelineMoney
{
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
