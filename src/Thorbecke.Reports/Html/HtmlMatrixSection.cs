using Thorbecke.Core.Agendas;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Html;

/// <summary>
/// The party x ask matrix: asks as rows grouped under their theme, documents as columns, one coloured
/// cell with a symbol per pair that links to that document's entry in the ask's detail section. A cell an analyst
/// reviewed shows the reviewed verdict with a pencil mark.
/// </summary>
internal static class HtmlMatrixSection
{
    public static void Write(TextWriter w, HtmlReportContext context)
    {
        var grid = context.Grid;
        w.WriteLine("<section id=\"matrix\" class=\"block\">");
        w.WriteLine("<h2>Overzicht per ask en partij</h2>");
        w.WriteLine("<p class=\"lead\">Elke cel geeft het oordeel over één ask in één programma. Beweeg over een cel voor de zekerheid; klik voor de onderbouwing met citaten.</p>");
        HtmlHeaderSection.WriteLegend(w, grid.HasReviews);
        WriteFilter(w, grid.Agenda);

        w.WriteLine("<div class=\"matrix-wrap\" tabindex=\"0\">");
        // Up to eight columns fit with horizontal names; more need the narrow rotated headers.
        w.WriteLine(grid.Documents.Count <= 8 ? "<table class=\"matrix few\">" : "<table class=\"matrix\">");
        w.Write("<thead><tr><th scope=\"col\" class=\"corner\">Ask</th>");
        foreach (var document in grid.Documents)
        {
            w.Write($"<th scope=\"col\" class=\"party\" title=\"{HtmlText.E(document.Title)}\"><span>{HtmlText.E(context.Label(document))}</span></th>");
        }

        w.WriteLine("</tr></thead>");

        foreach (var theme in grid.Agenda.Themes)
        {
            var asks = grid.Agenda.Asks.Where(a => string.Equals(a.Theme, theme, StringComparison.Ordinal)).ToList();
            w.WriteLine($"<tbody class=\"theme-group\" data-theme=\"{HtmlText.E(theme)}\">");
            w.WriteLine($"<tr class=\"theme-row\"><th colspan=\"{HtmlText.Number(grid.Documents.Count + 1)}\" scope=\"rowgroup\">"
                + $"<span>{HtmlText.E(theme)}</span> <small>{HtmlText.Count(asks.Count, "ask", "asks")}</small></th></tr>");
            foreach (var ask in asks)
            {
                WriteRow(w, context, ask);
            }

            w.WriteLine("</tbody>");
        }

        w.WriteLine("</table>");
        w.WriteLine("</div>");
        w.WriteLine("</section>");
    }

    private static void WriteRow(TextWriter w, HtmlReportContext context, Ask ask)
    {
        var anchor = context.Anchors.Ask(ask);
        w.Write($"<tr class=\"ask-row\" data-search=\"{HtmlText.E((ask.Id + " " + ask.Text).ToLowerInvariant())}\">");
        w.Write($"<th scope=\"row\" class=\"ask-cell\"><a href=\"#{anchor}\" title=\"{HtmlText.E(ask.Text)}\">"
            + $"<span class=\"ask-id\">{HtmlText.E(ask.Id)}</span><span class=\"ask-text\">{HtmlText.E(ask.Text)}</span></a></th>");
        foreach (var document in context.Grid.Documents)
        {
            var cell = context.Grid.Get(document, ask);
            var label = HtmlVerdicts.Label(cell.Verdict);
            var tooltip = $"{context.Label(document)} · {ask.Id}: {label} · "
                + (cell.Review is { } review ? $"beoordeeld door {review.Reviewer} (machine: {cell.MachineVerdict.ToDutch()})" : $"zekerheid {HtmlText.Percent(cell.Machine.Confidence)}");
            w.Write($"<td class=\"cell {HtmlVerdicts.CssClass(cell.Verdict)}{(cell.IsReviewed ? " reviewed" : "")}\">"
                + $"<a href=\"#{context.Anchors.Entry(ask, document)}\" title=\"{HtmlText.E(tooltip)}\" aria-label=\"{HtmlText.E(tooltip)}\">"
                + $"{HtmlVerdicts.Symbol(cell.Verdict)}{(cell.IsReviewed ? "<span class=\"mark\" aria-hidden=\"true\">✎</span>" : "")}</a></td>");
        }

        w.WriteLine("</tr>");
    }

    /// <summary>Filter controls stay hidden until the script runs, so a reader without JavaScript sees no dead buttons.</summary>
    private static void WriteFilter(TextWriter w, Agenda agenda)
    {
        w.WriteLine("<form class=\"filter\" hidden role=\"search\" onsubmit=\"return false\">");
        w.WriteLine("<label>Zoek een ask <input type=\"search\" id=\"filter-text\" placeholder=\"bijv. jeugdzorg\" autocomplete=\"off\"></label>");
        w.Write("<label>Thema <select id=\"filter-theme\"><option value=\"\">Alle thema's</option>");
        foreach (var theme in agenda.Themes)
        {
            w.Write($"<option value=\"{HtmlText.E(theme)}\">{HtmlText.E(theme)}</option>");
        }

        w.WriteLine("</select></label>");
        w.WriteLine("<output id=\"filter-count\" aria-live=\"polite\"></output>");
        w.WriteLine("</form>");
    }
}
