using System.Globalization;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Html;

/// <summary>Per document: how many asks it supports, partly supports, opposes or leaves out (reviewed verdicts count), with a bar.</summary>
internal static class HtmlPartySummarySection
{
    public static void Write(TextWriter w, HtmlReportContext context)
    {
        var grid = context.Grid;
        var asks = grid.Agenda.Asks.Count;
        w.WriteLine("<section id=\"partijen\" class=\"block\">");
        w.WriteLine("<h2>Samenvatting per partij</h2>");
        w.WriteLine("<table class=\"summary\">");
        w.Write("<thead><tr><th scope=\"col\">Partij</th><th scope=\"col\">Document</th>");
        foreach (var verdict in VerdictNames.All)
        {
            w.Write($"<th scope=\"col\" class=\"num\">{HtmlVerdicts.Badge(verdict)}</th>");
        }

        w.WriteLine("<th scope=\"col\" class=\"bar-col\">Verdeling</th></tr></thead>");
        w.WriteLine("<tbody>");
        foreach (var document in grid.Documents)
        {
            var counts = grid.CountVerdicts(document);
            w.Write($"<tr><th scope=\"row\">{HtmlText.E(context.Label(document))}</th>");
            w.Write($"<td class=\"doc\"><span>{HtmlText.E(document.Title)}</span><small>{HtmlText.E(document.File)} · {HtmlText.E(DocumentKinds.Label(document.Kind))}{(document.Date is { } date ? " · " + Dutch.Date(date) : "")} · {HtmlText.Count(document.Pages, "pagina", "pagina's")}</small></td>");
            foreach (var verdict in VerdictNames.All)
            {
                w.Write($"<td class=\"num\">{HtmlText.Number(counts[verdict])}</td>");
            }

            w.Write("<td class=\"bar-col\"><div class=\"bar\" role=\"img\" aria-label=\""
                + HtmlText.E(string.Join(", ", VerdictNames.All.Select(v => $"{HtmlVerdicts.Label(v)}: {HtmlText.Number(counts[v])}")))
                + "\">");
            foreach (var verdict in VerdictNames.All.Where(v => counts[v] > 0))
            {
                var width = (100.0 * counts[verdict] / Math.Max(1, asks)).ToString("0.##", CultureInfo.InvariantCulture);
                w.Write($"<span class=\"{HtmlVerdicts.CssClass(verdict)}\" style=\"width:{width}%\"></span>");
            }

            w.WriteLine("</div></td></tr>");
        }

        w.WriteLine("</tbody></table>");
        w.WriteLine("</section>");
    }
}
