namespace Thorbecke.Core.Timelines;

/// <summary>The amounts per ask and document, for the timeline's pages and memos to look up by cell.</summary>
public sealed class TimelineAmounts
{
    private readonly ILookup<(string Ask, string Document), TimelineAmount> byCell;

    public TimelineAmounts(IEnumerable<TimelineAmount> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        byCell = amounts.ToLookup(a => (a.Ask, a.Document));
    }

    public static TimelineAmounts None { get; } = new([]);

    /// <summary>The amounts the document ties to the ask, in page order; empty when there are none.</summary>
    public IReadOnlyList<TimelineAmount> For(string ask, string document) =>
        byCell[(ask, document)].OrderBy(a => a.Page).ToList();
}
