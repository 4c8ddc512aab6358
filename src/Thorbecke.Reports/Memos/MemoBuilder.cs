using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Memos;

/// <summary>
/// Words the timelines of one ask or one theme as a <see cref="Memo"/>. Everything a reader sees is decided here, once,
/// so the Markdown and the Word memo cannot disagree: the reviewed verdict (the cell's, with the reviewer named), the
/// quote with its printed page, the amounts, the status now and the fate of the commitment.
/// </summary>
/// <param name="labels">How a step names its document (a programme by its party, others by their title).</param>
/// <param name="amounts">The amounts each document ties to each ask.</param>
/// <param name="agendaTitle">The agenda the asks come from, for the line under the title.</param>
/// <param name="made">The day the memo is made; given, so the same memo comes out the same on any day in tests.</param>
public sealed class MemoBuilder(DocumentLabels labels, TimelineAmounts amounts, string agendaTitle, DateOnly made)
{
    private string MadeLine => $"Gemaakt op {Dutch.Date(made)} met Thorbecke · {agendaTitle}";

    /// <summary>The memo of one ask.</summary>
    public Memo ForAsk(AskTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new Memo($"Memo over vraag {timeline.Ask.Id}", MadeLine, made, null, [Section(timeline)]);
    }

    /// <summary>The memo of a theme: its asks among <paramref name="timelines"/>, in their order, after an overview of their statuses.</summary>
    public Memo ForTheme(string theme, IReadOnlyList<AskTimeline> timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var asks = timelines.Where(t => string.Equals(t.Ask.Theme, theme, StringComparison.Ordinal)).ToList();
        return new Memo($"Memo over thema {theme}", MadeLine, made, Summarize(asks), asks.Select(Section).ToList());
    }

    private MemoAsk Section(AskTimeline timeline) => new(
        $"{timeline.Ask.Id}: {timeline.Ask.Text}",
        $"Thema: {timeline.Ask.Theme}",
        StatusLine(timeline),
        CommitmentLine(timeline.Commitment),
        timeline.Dated.Select(step => Entry(timeline, step)).ToList(),
        timeline.Undated.Select(step => Entry(timeline, step)).ToList(),
        SilentLine(timeline));

    /// <summary>How many documents are silent, in one sentence; null when every document speaks.</summary>
    private static string? SilentLine(AskTimeline timeline) => (timeline.SilentDocuments, timeline.Steps.Count) switch
    {
        (0, _) => null,
        (1, 0) => "Het enige document zegt niets over deze vraag.",
        (var silent, 0) => $"Geen van de {Dutch.Number(silent)} documenten zegt iets over deze vraag.",
        (var silent, _) => $"{Dutch.Count(silent, "document zegt", "documenten zeggen")} niets over deze vraag.",
    };

    private string StatusLine(AskTimeline timeline) => timeline.StatusSince is { Document.Date: { } date } since
        ? $"Status nu: {timeline.Status.ToDutch()} (sinds {labels.OnTimeline(since.Document)}, {Dutch.Date(date)})"
        : $"Status nu: {timeline.Status.ToDutch()} (geen gedateerd document van het kabinet spreekt zich erover uit)";

    private string? CommitmentLine(Commitment? commitment)
    {
        if (commitment is null)
        {
            return null;
        }

        var document = commitment.Made.Document;
        var quote = commitment.Made.Quote is { } q ? $", {document.Cite(q.Page)}: “{q.Quote}”" : "";
        var outcome = commitment.JudgedBy is { } by
            ? $"nu {commitment.Outcome.ToDutch()} door {labels.OnTimeline(by.Document)}"
            : commitment.Outcome.ToDutch();
        return $"Toezegging in {labels.OnTimeline(document)}{quote} — {outcome}";
    }

    private MemoEntry Entry(AskTimeline timeline, TimelineStep step)
    {
        var document = step.Document;
        var label = labels.OnTimeline(document);
        var heading = document.Date is { } date ? $"{Dutch.Date(date)} · {label}" : label;
        var quote = step.Quote;
        var money = amounts.For(timeline.Ask.Id, document.Id).Select(a => $"Bedrag: {a.AmountText}, {document.Cite(a.Page)}").Distinct(StringComparer.Ordinal).ToList();
        var comment = step.Cell.Comment is { } c ? $"Opmerking van de beoordelaar: {c}" : null;
        return new MemoEntry(heading, VerdictLine(timeline, step), quote?.Quote, quote is null ? null : document.Cite(quote.Page), money, comment);
    }

    /// <summary>The kind, the verdict that counts (an analyst's wins and is named) and what the step did to the status and the commitment.</summary>
    private static string VerdictLine(AskTimeline timeline, TimelineStep step)
    {
        var cell = step.Cell;
        var parts = new List<string>
        {
            DocumentKinds.Label(step.Document.Kind),
            cell.IsReviewed ? $"oordeel: {cell.Verdict.ToDutch()} (beoordeeld door {cell.Reviewer})" : $"oordeel: {cell.Verdict.ToDutch()}",
        };
        if (step.Status is { } status)
        {
            parts.Add(step.ChangedStatus ? $"status wordt {status.ToDutch()}" : $"status blijft {status.ToDutch()}");
        }

        if (timeline.Commitment is { } commitment && Equals(commitment.Made, step))
        {
            parts.Add("toezegging gedaan");
        }
        else if (step.Judged is { } judged)
        {
            parts.Add($"toezegging {judged.ToDutch()}");
        }

        return string.Join(" · ", parts);
    }

    private MemoSummary Summarize(IReadOnlyList<AskTimeline> asks)
    {
        AskStatus[] order = [AskStatus.Committed, AskStatus.Partial, AskStatus.Rejected, AskStatus.Silent];
        var counts = string.Join(", ", order.Select(s => $"{Dutch.Number(asks.Count(a => a.Status == s))} {s.ToDutch()}"));
        var rows = asks.Select(a => new MemoSummaryRow(
            $"{a.Ask.Id}: {a.Ask.Text}",
            a.StatusSince is { } since ? $"{a.Status.ToDutch()} (sinds {labels.OnTimeline(since.Document)})" : a.Status.ToDutch(),
            a.Commitment?.Outcome.ToDutch() ?? "geen")).ToList();
        return new MemoSummary($"{Dutch.Count(asks.Count, "vraag", "vragen")}: {counts}.", rows);
    }
}
