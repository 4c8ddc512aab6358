using System.Collections.Concurrent;
using Thorbecke.Application.Timelines;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Timelines;
using Thorbecke.Reports;

namespace Thorbecke.Web.Pages;

/// <summary>The latest scan as the pages read it: every cell with its review laid over it, and a column label per document.</summary>
internal sealed class ReportView
{
    private readonly Dictionary<(string Ask, string Document), ReviewedResult> cells;
    private readonly DocumentLabels labels;

    private readonly Func<DocumentInfo, bool> hasOriginal;

    /// <summary>Pages that depend only on this report and a filter, kept for as long as the report is the latest.</summary>
    private readonly ConcurrentDictionary<string, string> rendered = new(StringComparer.Ordinal);

    private readonly Lazy<IReadOnlyList<AskTimeline>> timelines;

    private readonly DocumentMoney? money;
    private readonly Lazy<string> fingerprint;

    /// <summary>The amounts per document, matched to this report's quotes once.</summary>
    private readonly ConcurrentDictionary<string, TimelineAmounts> amounts = new(StringComparer.Ordinal);

    /// <param name="money">The amounts found in the documents; null shows none.</param>
    public ReportView(ScanReport report, Func<DocumentInfo, bool>? hasOriginal = null, DocumentMoney? money = null)
    {
        this.hasOriginal = hasOriginal ?? (_ => false);
        this.money = money;
        fingerprint = new(() => AgendaFingerprint.Of(report.Agenda));
        Report = report;
        Grid = ResultGrid.For(report);

        // The grid lays the reviews over the results, as it does for the report and every export.
        cells = Grid.Rows().ToDictionary(row => (row.Ask.Id, row.Document.Id), row => row.Cell);

        labels = new DocumentLabels(report.Documents);
        timelines = new(() => ProjectTimelines.For(report));
    }

    public ScanReport Report { get; }

    public ResultGrid Grid { get; }

    public Agenda Agenda => Report.Agenda;

    public IReadOnlyList<DocumentInfo> Documents => Report.Documents;

    public ReviewedResult Cell(Ask ask, DocumentInfo document) => cells[(ask.Id, document.Id)];

    public string Label(DocumentInfo document) => labels.For(document);

    /// <summary>The column label and timeline name of every document of the report.</summary>
    public DocumentLabels Labels => labels;

    /// <summary>How a timeline names a document: a programme by its party, the cabinet's documents by their title.</summary>
    public string OnTimeline(DocumentInfo document) => labels.OnTimeline(document);

    /// <summary>
    /// Whether the documents make a timeline at all: one has a date or is not a party programme. A collection of
    /// undated programmes (an election's) has nothing to put in order.
    /// </summary>
    public bool HasTimelines => Documents.Any(d => d.Date is not null || !string.Equals(d.Kind, DocumentKinds.Programme, StringComparison.Ordinal));

    /// <summary>Every ask's timeline, with the reviews laid over the machine.</summary>
    public IReadOnlyList<AskTimeline> Timelines => timelines.Value;

    public AskTimeline Timeline(Ask ask) => Timelines.First(t => string.Equals(t.Ask.Id, ask.Id, StringComparison.Ordinal));

    /// <summary>The amounts of money <paramref name="document"/> ties to <paramref name="ask"/>, in page order.</summary>
    public IReadOnlyList<TimelineAmount> Amounts(Ask ask, DocumentInfo document) =>
        money is null ? [] : amounts.GetOrAdd(document.Id, _ => new TimelineAmounts(TimelineMoney.Link(Report, Grid, document, money.In(document, Agenda, fingerprint.Value)))).For(ask.Id, document.Id);

    /// <summary>The draft scenario YAML with the amounts of <paramref name="document"/>, as <c>money find --concept</c> writes it.</summary>
    public string DraftScenario(DocumentInfo document) =>
        Application.Money.DraftScenario.Write(document, money?.In(document, Agenda, fingerprint.Value) ?? []);

    public DocumentInfo? FindDocument(string id) => Documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    public IEnumerable<Ask> AsksOf(string theme) => Agenda.Asks.Where(a => string.Equals(a.Theme, theme, StringComparison.Ordinal));

    public static string CellUrl(Ask ask, DocumentInfo document) => $"/vragen/{Html.U(ask.Id)}/{Html.U(document.Id)}";

    public static string AskUrl(Ask ask) => $"/vragen/{Html.U(ask.Id)}";

    public static string DocumentUrl(DocumentInfo document) => $"/documenten/{Html.U(document.Id)}";

    /// <summary>Where the kept original file opens or downloads; null when it was not kept.</summary>
    public string? OriginalUrl(DocumentInfo document) => hasOriginal(document) ? $"{DocumentUrl(document)}/origineel" : null;

    /// <summary>The kept original when it is a PDF, which a browser opens at <c>#page=N</c>; null otherwise.</summary>
    public string? PdfUrl(DocumentInfo document) =>
        string.Equals(Path.GetExtension(document.File), ".pdf", StringComparison.OrdinalIgnoreCase) ? OriginalUrl(document) : null;

    /// <summary>
    /// The part of a page rendered from this report alone, rendered once per <paramref name="key"/>: the overview of
    /// 456 cells costs more to write than everything else a request does. A handful of filters are kept; the rest are
    /// rendered each time.
    /// </summary>
    public string Rendered(string key, Func<string> render)
    {
        if (rendered.TryGetValue(key, out var html))
        {
            return html;
        }

        html = render();
        if (rendered.Count < 64)
        {
            rendered.TryAdd(key, html);
        }

        return html;
    }
}
