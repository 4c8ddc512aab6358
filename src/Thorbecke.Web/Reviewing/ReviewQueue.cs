using Thorbecke.Core.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Reviewing;

/// <summary>
/// The unreviewed cells of the latest scan, grouped by ask, least certain first: the asks by their least certain cell,
/// the cells within an ask by the machine's confidence (ties keep agenda and document order). A reviewer's time goes
/// furthest where the machine is least sure. The page shows at most <c>limit</c> cells, so a huge project stays fast.
/// </summary>
internal sealed class ReviewQueue
{
    public const int DefaultLimit = 200;

    private ReviewQueue(IReadOnlyList<QueueAsk> groups, ReviewProgress overall, IReadOnlyList<(DocumentInfo, ReviewProgress)> documents)
    {
        Groups = groups;
        Overall = overall;
        Documents = documents;
    }

    /// <summary>The asks with a shown cell, in queue order.</summary>
    public IReadOnlyList<QueueAsk> Groups { get; }

    public ReviewProgress Overall { get; }

    /// <summary>Every document of the scan in report order, with its progress.</summary>
    public IReadOnlyList<(DocumentInfo Document, ReviewProgress Progress)> Documents { get; }

    public IEnumerable<QueueCell> Cells => Groups.SelectMany(g => g.Cells);

    /// <summary>Unreviewed cells not shown because of the bound.</summary>
    public int Hidden => Overall.Waiting - Groups.Sum(g => g.Cells.Count);

    public static ReviewQueue For(ReportView view, int limit = DefaultLimit)
    {
        var reviewedPerDocument = new int[view.Documents.Count];
        var asks = new List<(Core.Agendas.Ask Ask, ReviewProgress Progress, List<QueueCell> Waiting)>();
        foreach (var ask in view.Agenda.Asks)
        {
            var waiting = new List<QueueCell>();
            for (var d = 0; d < view.Documents.Count; d++)
            {
                var cell = view.Cell(ask, view.Documents[d]);
                if (cell.IsReviewed)
                {
                    reviewedPerDocument[d]++;
                }
                else
                {
                    waiting.Add(new QueueCell(ask, view.Documents[d], cell));
                }
            }

            if (waiting.Count > 0)
            {
                // OrderBy is stable, so equal confidences keep document order, and equal asks agenda order below.
                var sorted = waiting.OrderBy(c => c.Confidence).ToList();
                asks.Add((ask, new ReviewProgress(view.Documents.Count - waiting.Count, view.Documents.Count), sorted));
            }
        }

        var groups = new List<QueueAsk>();
        var room = limit;
        foreach (var (ask, progress, waiting) in asks.OrderBy(a => a.Waiting[0].Confidence))
        {
            if (room <= 0)
            {
                break;
            }

            var shown = waiting.Take(room).ToList();
            room -= shown.Count;
            groups.Add(new QueueAsk(ask, progress, shown));
        }

        var total = view.Agenda.Asks.Count * view.Documents.Count;
        var reviewed = reviewedPerDocument.Sum();
        var documents = view.Documents.Select((d, i) => (d, new ReviewProgress(reviewedPerDocument[i], view.Agenda.Asks.Count))).ToList();
        return new ReviewQueue(groups, new ReviewProgress(reviewed, total), documents);
    }

    /// <summary>The first cell of the queue other than the one just saved; null when nothing else waits.</summary>
    public static QueueCell? Next(ReportView view, string exceptAsk, string exceptDocument) =>
        For(view, limit: 2).Cells.FirstOrDefault(c =>
            !string.Equals(c.Ask.Id, exceptAsk, StringComparison.Ordinal) || !string.Equals(c.Document.Id, exceptDocument, StringComparison.Ordinal));
}
