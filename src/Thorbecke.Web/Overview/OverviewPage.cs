using Thorbecke.Core.Agendas;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Overview;

/// <summary>
/// The party x ask matrix of the latest scan, grouped by theme, as in the static report; reviewed verdicts win
/// and carry a ✎. Filters are a plain GET form with counts, so they work without JavaScript.
/// </summary>
internal static class OverviewPage
{
    public static string Render(PageContext page, ReportView view, OverviewFilter filter) =>
        Layout.Render(page, "Overzicht", w => w.Write(view.Rendered("overzicht " + filter, () =>
        {
            using var body = new StringWriter();
            WriteBody(body, view, filter);
            return body.ToString();
        })));

    private static void WriteBody(TextWriter w, ReportView view, OverviewFilter filter)
    {
        var documents = view.Documents.Where(filter.Shows).ToList();
        var asks = view.Agenda.Asks.Where(filter.Shows).ToList();
        var inScope = asks.SelectMany(a => documents.Select(d => view.Cell(a, d))).ToList();
        var shown = inScope.Where(filter.Shows).ToList();

        w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Thorbecke · analyse van programma's</p>");
        w.WriteLine($"<h1>{Html.E(view.Agenda.Title)}</h1>");
        w.WriteLine($"<p class=\"meta\"><span>Agenda <code>{Html.E(view.Agenda.Id)}</code></span>"
            + $"<span>{Dutch.Count(view.Documents.Count, "document", "documenten")}</span><span>{Dutch.Count(view.Agenda.Asks.Count, "ask", "asks")}</span>"
            + $"<span>{Dutch.Count(view.Grid.Rows().Count(row => row.Cell.IsReviewed), "cel", "cellen")} beoordeeld</span></p>");
        w.WriteLine("</header>");

        w.WriteLine("<section id=\"matrix\" class=\"block\">");
        w.WriteLine("<h2>Overzicht per ask en partij</h2>");
        WriteLegend(w);
        WriteFilter(w, view, filter, inScope);
        w.WriteLine($"<p class=\"count\" id=\"telling\">{Html.Number(shown.Count)} van {Dutch.Count(view.Agenda.Asks.Count * view.Documents.Count, "cel", "cellen")} getoond.</p>");
        if (shown.Count == 0)
        {
            w.WriteLine("<p class=\"lead notice\">Geen cellen voor deze filters.</p>");
        }
        else
        {
            WriteMatrix(w, view, filter, documents, asks);
        }

        w.WriteLine("</section>");
    }

    private static void WriteLegend(TextWriter w)
    {
        w.Write("<ul class=\"legend\" aria-label=\"Legenda\">");
        foreach (var verdict in VerdictNames.All)
        {
            w.Write($"<li><span class=\"swatch {HtmlVerdicts.CssClass(verdict)}\" aria-hidden=\"true\">{HtmlVerdicts.Symbol(verdict)}</span><strong>{Html.E(HtmlVerdicts.Label(verdict))}</strong></li>");
        }

        w.WriteLine("<li><span class=\"swatch reviewed-swatch\" aria-hidden=\"true\">✎</span><strong>Beoordeeld door een analist</strong></li></ul>");
    }

    private static void WriteFilter(TextWriter w, ReportView view, OverviewFilter filter, IReadOnlyList<ReviewedResult> inScope)
    {
        w.WriteLine("<form method=\"get\" action=\"/\" class=\"filter\" role=\"search\">");
        w.Write("<label>Thema <select name=\"thema\"><option value=\"\">Alle thema's</option>");
        foreach (var theme in view.Agenda.Themes)
        {
            w.Write(Option(theme, theme, filter.Theme == theme));
        }

        w.WriteLine("</select></label>");
        w.Write("<label>Partij <select name=\"partij\"><option value=\"\">Alle partijen</option>");
        foreach (var document in view.Documents)
        {
            w.Write(Option(document.Id, view.Label(document), filter.Document == document.Id));
        }

        w.WriteLine("</select></label>");
        w.Write("<label>Oordeel <select name=\"oordeel\"><option value=\"\">Alle oordelen</option>");
        foreach (var verdict in VerdictNames.All)
        {
            var count = inScope.Count(c => filter.ShowsReviewState(c) && filter.ShowsCertainty(c) && c.Verdict == verdict);
            w.Write(Option(verdict.ToWire(), $"{HtmlVerdicts.Label(verdict)} ({Html.Number(count)})", filter.Verdict == verdict));
        }

        w.WriteLine("</select></label>");
        var matching = inScope.Where(c => filter.ShowsVerdict(c) && filter.ShowsCertainty(c)).ToList();
        w.Write("<label>Beoordeling <select name=\"beoordeeld\"><option value=\"\">Alle cellen</option>");
        w.Write(Option("ja", $"Beoordeeld ({Html.Number(matching.Count(c => c.IsReviewed))})", filter.Reviewed == true));
        w.Write(Option("nee", $"Niet beoordeeld ({Html.Number(matching.Count(c => !c.IsReviewed))})", filter.Reviewed == false));
        w.WriteLine("</select></label>");
        WriteCertainty(w, filter, inScope.Where(c => filter.ShowsVerdict(c) && filter.ShowsReviewState(c)).ToList());
        w.WriteLine("<button type=\"submit\">Filteren</button>");
        if (!filter.IsEmpty)
        {
            w.WriteLine("<a href=\"/\" class=\"reset\">Filters wissen</a>");
        }

        w.WriteLine("</form>");
    }

    private static void WriteCertainty(TextWriter w, OverviewFilter filter, IReadOnlyList<ReviewedResult> matching)
    {
        var threshold = Html.Percent(ConfidenceLook.Threshold);
        var needsReview = matching.Count(ConfidenceLook.NeedsReview);
        var help = $"Na te kijken: niet beoordeeld en zekerheid onder {threshold}. Zeker: beoordeeld, of zekerheid {threshold} of meer. {ConfidenceLook.Explanation}";
        w.Write($"<label title=\"{Html.E(help)}\">Zekerheid <select name=\"zekerheid\"><option value=\"\">Alle</option>");
        w.Write(Option(OverviewFilter.NeedsReviewValue, $"Na te kijken ({Html.Number(needsReview)})", filter.Certainty == Certainty.NeedsReview));
        w.Write(Option(OverviewFilter.SureValue, $"Zeker ({Html.Number(matching.Count - needsReview)})", filter.Certainty == Certainty.Sure));
        w.WriteLine("</select></label>");
    }

    private static string Option(string value, string label, bool selected) =>
        $"<option value=\"{Html.E(value)}\"{(selected ? " selected" : "")}>{Html.E(label)}</option>";

    private static void WriteMatrix(TextWriter w, ReportView view, OverviewFilter filter, IReadOnlyList<Core.Documents.DocumentInfo> documents, IReadOnlyList<Ask> asks)
    {
        w.WriteLine("<div class=\"matrix-wrap\" tabindex=\"0\">");
        w.WriteLine(documents.Count <= 8 ? "<table class=\"matrix few\">" : "<table class=\"matrix\">");
        w.Write("<thead><tr><th scope=\"col\" class=\"corner\">Ask</th>");
        foreach (var document in documents)
        {
            w.Write($"<th scope=\"col\" class=\"party\" title=\"{Html.E(document.Title)}\"><a href=\"{ReportView.DocumentUrl(document)}\"><span>{Html.E(view.Label(document))}</span></a></th>");
        }

        w.WriteLine("</tr></thead>");
        foreach (var theme in view.Agenda.Themes)
        {
            // With a verdict or review filter, a row without one matching cell is noise.
            var rows = asks.Where(a => string.Equals(a.Theme, theme, StringComparison.Ordinal))
                .Where(a => !filter.FiltersCells || documents.Any(d => filter.Shows(view.Cell(a, d))))
                .ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            w.WriteLine($"<tbody class=\"theme-group\"><tr class=\"theme-row\"><th colspan=\"{Html.Number(documents.Count + 1)}\" scope=\"rowgroup\">"
                + $"<span>{Html.E(theme)}</span> <small>{Html.Number(rows.Count)} {(rows.Count == 1 ? "ask" : "asks")}</small></th></tr>");
            foreach (var ask in rows)
            {
                WriteRow(w, view, filter, documents, ask);
            }

            w.WriteLine("</tbody>");
        }

        w.WriteLine("</table>");
        w.WriteLine("</div>");
    }

    private static void WriteRow(TextWriter w, ReportView view, OverviewFilter filter, IReadOnlyList<Core.Documents.DocumentInfo> documents, Ask ask)
    {
        w.Write($"<tr class=\"ask-row\"><th scope=\"row\" class=\"ask-cell\"><a href=\"{ReportView.AskUrl(ask)}\" title=\"{Html.E(ask.Text)}\">"
            + $"<span class=\"ask-id\">{Html.E(ask.Id)}</span><span class=\"ask-text\">{Html.E(ask.Text)}</span></a></th>");
        foreach (var document in documents)
        {
            var cell = view.Cell(ask, document);
            var label = $"{view.Label(document)} · {ask.Id}: {HtmlVerdicts.Label(cell.Verdict)}"
                + (cell.Review is { } review ? $" · beoordeeld door {review.Reviewer}" : $" · zekerheid {Html.Percent(cell.Machine.Confidence)}");

            // The meaning goes in the tooltip only: a screen reader would repeat it on every cell.
            var tooltip = cell.IsReviewed ? label : $"{label} ({ConfidenceLook.Meaning})";
            var classes = $"cell {HtmlVerdicts.CssClass(cell.Verdict)}{(cell.IsReviewed ? " reviewed" : "")}{(filter.Shows(cell) ? "" : " dim")}";
            w.Write($"<td class=\"{classes}\" data-ask=\"{Html.E(ask.Id)}\" data-document=\"{Html.E(document.Id)}\" data-verdict=\"{cell.Verdict.ToWire()}\">"
                + $"<a href=\"{ReportView.CellUrl(ask, document)}\" title=\"{Html.E(tooltip)}\" aria-label=\"{Html.E(label)}\">{HtmlVerdicts.Symbol(cell.Verdict)}"
                + (cell.IsReviewed ? "<span class=\"mark\" aria-hidden=\"true\">✎</span>" : "") + "</a></td>");
        }

        w.WriteLine("</tr>");
    }
}
