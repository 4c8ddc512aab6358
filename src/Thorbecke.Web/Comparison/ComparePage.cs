using Thorbecke.Core.Comparison;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Comparison;

/// <summary>
/// A reference document (a coalition agreement, a Kamerbrief) against the agenda and the chosen programmes: per
/// theme and ask, what the reference did with the ask, its quote, and which programmes had asked for it. The
/// choice is a GET form, so the page is a bookmark; reviewed verdicts count and carry a ✎.
/// </summary>
internal static class ComparePage
{
    public const string Path = "/vergelijken";

    public static string Render(PageContext page, ReportView view, CompareSelection selection, AgreementComparison? comparison) =>
        Layout.Render(page, "Vergelijken", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Laatste scan</p><h1>Vergelijken met een akkoord of brief</h1>");
            w.WriteLine("<p class=\"lead\">Kies een referentiedocument, zoals een coalitieakkoord of Kamerbrief, en de programma's om mee te vergelijken: "
                + "per ask ziet u of de referentie hem overneemt, afzwakt, afwijst of niet noemt, en welke programma's hem steunden.</p></header>");
            WriteForm(w, view, selection);
            if (comparison is null || selection.Reference is not { } reference)
            {
                w.WriteLine("<p class=\"lead notice\" id=\"geen-referentie\">Kies een referentiedocument om te vergelijken.</p>");
            }
            else
            {
                WriteSummary(w, view, reference, comparison);
                foreach (var theme in view.Agenda.Themes)
                {
                    WriteTheme(w, view, reference, comparison.Asks.Where(a => string.Equals(a.Ask.Theme, theme, StringComparison.Ordinal)).ToList(), theme);
                }
            }

            PassagePage.WriteForm(w, page, view, "", null);
        });

    private static void WriteForm(TextWriter w, ReportView view, CompareSelection selection)
    {
        w.WriteLine($"<form method=\"get\" action=\"{Path}\" class=\"filter compare-form\">");
        w.Write($"<label>Referentie <select name=\"{CompareSelection.ReferenceKey}\"><option value=\"\">Kies een document</option>");
        foreach (var document in view.Documents)
        {
            var selected = document == selection.Reference ? " selected" : "";
            w.Write($"<option value=\"{Html.E(document.Id)}\"{selected}>{Html.E(view.Label(document))} – {Html.E(document.Title)}</option>");
        }

        w.WriteLine("</select></label>");
        w.Write("<fieldset class=\"programmes\"><legend>Vergelijken met</legend>");
        foreach (var document in view.Documents)
        {
            var check = selection.Compares(document) ? " checked" : "";
            w.Write($"<label class=\"choice\"><input type=\"checkbox\" name=\"{CompareSelection.ProgrammeKey}\" value=\"{Html.E(document.Id)}\"{check}> {Html.E(view.Label(document))}</label>");
        }

        w.WriteLine("</fieldset>");
        w.WriteLine("<button type=\"submit\">Vergelijken</button>");
        w.WriteLine("</form>");
    }

    private static void WriteSummary(TextWriter w, ReportView view, DocumentInfo reference, AgreementComparison comparison)
    {
        w.WriteLine("<section class=\"block\" id=\"samenvatting\">");
        w.WriteLine($"<h2>{Html.E(view.Label(reference))} <small>tegenover {Html.Number(comparison.Programmes.Count)} {(comparison.Programmes.Count == 1 ? "programma" : "programma's")}</small></h2>");
        w.Write("<p class=\"tally\">");
        foreach (var adoption in AdoptionNames.All)
        {
            w.Write($"<span class=\"chip {AdoptionLook.CssClass(adoption)}\" data-adoption=\"{adoption.ToWire()}\">{AdoptionLook.Symbol(adoption)} "
                + $"{Html.Number(comparison.Counts[adoption])} {Html.E(adoption.ToDutch())}</span>");
        }

        w.WriteLine("</p>");
        w.Write("<table class=\"summary adoption-summary\"><thead><tr><th>Thema</th>");
        foreach (var adoption in AdoptionNames.All)
        {
            w.Write($"<th class=\"num\">{AdoptionLook.Badge(adoption)}</th>");
        }

        w.WriteLine("</tr></thead><tbody>");
        foreach (var theme in comparison.Themes)
        {
            w.Write($"<tr><th><a href=\"#{Anchor(theme.Theme)}\">{Html.E(theme.Theme)}</a></th>");
            foreach (var adoption in AdoptionNames.All)
            {
                w.Write($"<td class=\"num\">{Html.Number(theme.Counts[adoption])}</td>");
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody></table></section>");
    }

    private static void WriteTheme(TextWriter w, ReportView view, DocumentInfo reference, IReadOnlyList<AskAdoption> rows, string theme)
    {
        if (rows.Count == 0)
        {
            return;
        }

        w.WriteLine($"<h3 class=\"theme-title\" id=\"{Anchor(theme)}\">{Html.E(theme)}</h3>");
        w.WriteLine("<div class=\"compare-wrap\"><table class=\"compare\">");
        w.WriteLine("<thead><tr><th scope=\"col\">Ask</th><th scope=\"col\">Referentie</th><th scope=\"col\">Citaat uit de referentie</th>"
            + "<th scope=\"col\">Steunden</th><th scope=\"col\">Deels</th><th scope=\"col\">Verzetten zich</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            w.Write($"<tr class=\"compare-row {AdoptionLook.CssClass(row.Adoption)}\" data-ask=\"{Html.E(row.Ask.Id)}\" data-adoption=\"{row.Adoption.ToWire()}\">");
            w.Write($"<th scope=\"row\" class=\"ask-cell\"><a href=\"{ReportView.AskUrl(row.Ask)}\"><span class=\"ask-id\">{Html.E(row.Ask.Id)}</span>"
                + $"<span class=\"ask-text\">{Html.E(row.Ask.Text)}</span></a></th>");
            w.Write($"<td class=\"outcome\"><a href=\"{ReportView.CellUrl(row.Ask, reference)}\">{AdoptionLook.Badge(row.Adoption)}</a>{ReviewMark(row.Reference)}</td>");
            w.Write("<td class=\"evidence\">");
            if (row.Adoption != Adoption.Silent)
            {
                Quotes.Write(w, reference, row.Reference.Evidence.Take(1), view.PdfUrl(reference));
            }

            w.Write("</td>");
            WriteParties(w, view, row, row.Supporters, "supporters");
            WriteParties(w, view, row, row.PartialSupporters, "partial");
            WriteParties(w, view, row, row.Opponents, "opponents");
            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody></table></div>");
    }

    private static void WriteParties(TextWriter w, ReportView view, AskAdoption row, IReadOnlyList<ReviewedResult> cells, string kind)
    {
        w.Write($"<td class=\"parties {kind}\">");
        if (cells.Count > 0)
        {
            w.Write("<ul class=\"bare\">");
            foreach (var cell in cells)
            {
                var document = view.FindDocument(cell.Document)!;
                w.Write($"<li><a href=\"{ReportView.CellUrl(row.Ask, document)}\">{Html.E(view.Label(document))}</a>{ReviewMark(cell)}</li>");
            }

            w.Write("</ul>");
        }

        w.Write("</td>");
    }

    private static string ReviewMark(ReviewedResult cell) => cell.Review is { } review
        ? $" <span class=\"tag reviewed\" title=\"beoordeeld door {Html.E(review.Reviewer)}\">✎ {Html.E(review.Reviewer)}</span>"
        : "";

    /// <summary>An id for a theme heading: themes are free text, ids may hold no spaces.</summary>
    private static string Anchor(string theme) => "thema-" + Html.U(theme).Replace('%', '-');
}
