using Thorbecke.Core.Agendas;

namespace Thorbecke.Web.Reviewing;

/// <summary>One ask in the review queue: its progress and its unreviewed cells that fit the page, least certain first.</summary>
internal sealed record QueueAsk(Ask Ask, ReviewProgress Progress, IReadOnlyList<QueueCell> Cells)
{
    /// <summary>Unreviewed cells of this ask that fell past the page's bound.</summary>
    public int Hidden => Progress.Waiting - Cells.Count;
}
