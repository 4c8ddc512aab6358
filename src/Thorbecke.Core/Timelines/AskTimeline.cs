using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Timelines;

/// <summary>
/// What has happened to one ask, document by document: every document that speaks to it in date order (undated ones
/// at the end), the status now, and the commitment the agreement or regeerprogramma made, if it made one.
/// </summary>
/// <param name="Ask">The ask.</param>
/// <param name="Steps">The documents that speak to the ask: dated ones by date, then the undated ones.</param>
/// <param name="SilentDocuments">How many documents say nothing about the ask; they are left off the timeline.</param>
/// <param name="Status">The status the latest dated cabinet document sets; silent when none speaks.</param>
/// <param name="StatusSince">The step that brought the ask to <paramref name="Status"/>; null while silent.</param>
/// <param name="Commitment">The commitment, when a reference document adopted the ask.</param>
public sealed record AskTimeline(
    Ask Ask,
    IReadOnlyList<TimelineStep> Steps,
    int SilentDocuments,
    AskStatus Status,
    TimelineStep? StatusSince,
    Commitment? Commitment)
{
    /// <summary>The dated steps, oldest first.</summary>
    public IEnumerable<TimelineStep> Dated => Steps.Where(s => s.Document.Date is not null);

    /// <summary>The steps whose document has no date; shown at the end and never counted for the status.</summary>
    public IEnumerable<TimelineStep> Undated => Steps.Where(s => s.Document.Date is null);

    /// <summary>The timeline of every ask of an agenda, in agenda order.</summary>
    /// <param name="cell">The cell that counts for an ask and a document (with its review laid over it).</param>
    public static IReadOnlyList<AskTimeline> ForAgenda(Agenda agenda, IReadOnlyList<DocumentInfo> documents, Func<Ask, DocumentInfo, ReviewedResult> cell)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(cell);
        return agenda.Asks.Select(ask => Build(ask, documents.Select(d => (d, cell(ask, d))))).ToList();
    }

    /// <summary>Lays out one ask's timeline from every document's cell; silent cells are counted, not shown.</summary>
    public static AskTimeline Build(Ask ask, IEnumerable<(DocumentInfo Document, ReviewedResult Cell)> cells)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(cells);
        var all = cells.ToList();
        var speaking = all.Where(c => c.Cell.Verdict != Verdict.None).ToList();

        // Within a day the formation's own order decides (a programme before the agreement it fed), then the given order.
        var ordered = speaking
            .Select((c, index) => (c.Document, c.Cell, Index: index))
            .OrderBy(c => c.Document.Date is null)
            .ThenBy(c => c.Document.Date)
            .ThenBy(c => KindOrder(c.Document.Kind))
            .ThenBy(c => c.Index)
            .Select(c => new TimelineStep(c.Document, c.Cell))
            .ToList();
        return Lay(ask, ordered, all.Count - speaking.Count);
    }

    /// <summary>The timeline as it stood before <paramref name="day"/>: only the documents dated earlier.</summary>
    public AskTimeline Before(DateOnly day) =>
        Lay(Ask, Steps.Where(s => s.Document.Date < day).Select(s => new TimelineStep(s.Document, s.Cell)).ToList(), SilentDocuments);

    /// <summary>Walks the ordered steps once: each status-setting step may change the status and judge the commitment.</summary>
    private static AskTimeline Lay(Ask ask, List<TimelineStep> ordered, int silent)
    {
        var status = AskStatus.Silent;
        TimelineStep? since = null;
        Commitment? commitment = null;
        var steps = new List<TimelineStep>(ordered.Count);
        foreach (var plain in ordered)
        {
            var step = plain;
            if (step.Status is { } set)
            {
                CommitmentOutcome? judged = commitment is null ? null : Judge(step);
                step = step with { ChangedStatus = set != status, Judged = judged };
                if (set != status)
                {
                    status = set;
                    since = step;
                }

                if (commitment is not null && judged is { } outcome)
                {
                    commitment = commitment with { Outcome = outcome, JudgedBy = step };
                }
                else if (commitment is null && set == AskStatus.Committed && DocumentKinds.IsReference(step.Document.Kind))
                {
                    commitment = new Commitment(step, CommitmentOutcome.Open, null);
                }
            }

            steps.Add(step);
        }

        return new AskTimeline(ask, steps, silent, status, since, commitment);
    }

    private static CommitmentOutcome Judge(TimelineStep step) => step.Cell.Verdict switch
    {
        Verdict.Support => DocumentKinds.Implements(step.Document.Kind) ? CommitmentOutcome.Fulfilled : CommitmentOutcome.Kept,
        Verdict.Partial => CommitmentOutcome.Weakened,
        _ => CommitmentOutcome.Broken,
    };

    private static int KindOrder(string kind)
    {
        var index = DocumentKinds.All.ToList().FindIndex(k => string.Equals(k.Value, kind, StringComparison.Ordinal));
        return index < 0 ? int.MaxValue : index;
    }
}
