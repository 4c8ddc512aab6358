using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Html;

/// <summary>The report's header: title, date, counts, navigation and the verdict legend.</summary>
internal static class HtmlHeaderSection
{
    public static void Write(TextWriter w, HtmlReportContext context)
    {
        var grid = context.Grid;
        var totals = VerdictNames.All.ToDictionary(v => v, _ => 0);
        foreach (var (_, _, cell) in grid.Rows())
        {
            totals[cell.Verdict]++;
        }

        w.WriteLine("<header class=\"masthead\">");
        w.WriteLine("<p class=\"kicker\">Thorbecke · analyse van programma's</p>");
        w.WriteLine($"<h1>{HtmlText.E(context.Title)}</h1>");
        w.Write("<p class=\"meta\">");
        w.Write($"<span>{HtmlText.E(HtmlText.DutchDate(context.GeneratedAt))}</span>");
        w.Write($"<span>Agenda <code>{HtmlText.E(grid.Agenda.Id)}</code></span>");
        w.Write($"<span>{HtmlText.Count(grid.Documents.Count, "document", "documenten")}</span>");
        w.Write($"<span>{HtmlText.Count(grid.Agenda.Asks.Count, "ask", "asks")} in {HtmlText.Count(grid.Agenda.Themes.Count, "thema", "thema's")}</span>");
        var reviewed = grid.Rows().Count(row => row.Cell.IsReviewed);
        if (reviewed > 0)
        {
            w.Write($"<span>{HtmlText.Count(reviewed, "cel", "cellen")} beoordeeld door een analist</span>");
        }

        if (grid.Report.Errors.Count > 0)
        {
            w.Write($"<span class=\"meta-error\"><a href=\"#fouten\">{HtmlText.Count(grid.Report.Errors.Count, "bestand", "bestanden")} niet gelezen</a></span>");
        }

        w.WriteLine("</p>");

        w.WriteLine("<dl class=\"totals\">");
        foreach (var verdict in VerdictNames.All)
        {
            w.WriteLine($"<div class=\"total {HtmlVerdicts.CssClass(verdict)}\"><dt>{HtmlVerdicts.Badge(verdict)}</dt><dd>{HtmlText.Number(totals[verdict])}</dd></div>");
        }

        w.WriteLine("</dl>");
        w.WriteLine("</header>");

        w.WriteLine("<nav class=\"toc\" aria-label=\"Inhoud\"><a href=\"#matrix\">Overzicht</a><a href=\"#partijen\">Per partij</a><a href=\"#asks\">Per ask</a>"
            + (grid.Report.Errors.Count > 0 ? "<a href=\"#fouten\">Niet gelezen</a>" : "") + "</nav>");
    }

    /// <param name="w">Where the legend goes.</param>
    /// <param name="reviewed">Whether any cell is reviewed, so the pencil mark needs explaining.</param>
    public static void WriteLegend(TextWriter w, bool reviewed)
    {
        w.WriteLine("<ul class=\"legend\" aria-label=\"Legenda\">");
        foreach (var verdict in VerdictNames.All)
        {
            w.WriteLine($"<li><span class=\"swatch {HtmlVerdicts.CssClass(verdict)}\" aria-hidden=\"true\">{HtmlVerdicts.Symbol(verdict)}</span>"
                + $"<span><strong>{HtmlText.E(HtmlVerdicts.Label(verdict))}</strong> – {HtmlText.E(HtmlVerdicts.Explanation(verdict))}</span></li>");
        }

        if (reviewed)
        {
            w.WriteLine("<li><span class=\"swatch reviewed-swatch\" aria-hidden=\"true\">✎</span>"
                + "<span><strong>Beoordeeld</strong> – een analist heeft het oordeel bevestigd of gewijzigd; dat oordeel telt</span></li>");
        }

        w.WriteLine("</ul>");
    }
}
