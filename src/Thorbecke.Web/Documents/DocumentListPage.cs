using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Documents;

/// <summary>The documents of the latest scan with their verdict counts; each links to its pages.</summary>
internal static class DocumentListPage
{
    public static string Render(PageContext page, ReportView view) =>
        Layout.Render(page, "Documenten", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Laatste scan</p><h1>Documenten</h1></header>");
            // Kind and date only where documents have them: an election's programmes would show the same two words in every row.
            var timeline = view.HasTimelines;
            w.Write($"<table class=\"summary\"><thead><tr><th>Partij</th><th>Titel</th>{(timeline ? "<th>Soort</th><th>Datum</th>" : "")}<th class=\"num\">Pagina's</th>");
            foreach (var verdict in VerdictNames.All)
            {
                w.Write($"<th class=\"num\">{HtmlVerdicts.Badge(verdict)}</th>");
            }

            w.WriteLine("<th class=\"num\">✎</th></tr></thead><tbody>");
            foreach (var document in view.Documents)
            {
                var cells = view.Agenda.Asks.Select(a => view.Cell(a, document)).ToList();
                w.Write($"<tr><th><a href=\"{ReportView.DocumentUrl(document)}\">{Html.E(view.Label(document))}</a></th><td>{Html.E(document.Title)}</td>"
                    + (timeline ? $"<td>{Html.E(DocumentKinds.Label(document.Kind))}</td><td class=\"doc-date\">{Html.E(document.Date is { } date ? Dutch.Date(date) : "zonder datum")}</td>" : "")
                    + $"<td class=\"num\">{Html.Number(document.Pages)}</td>");
                foreach (var verdict in VerdictNames.All)
                {
                    w.Write($"<td class=\"num\">{Html.Number(cells.Count(c => c.Verdict == verdict))}</td>");
                }

                w.WriteLine($"<td class=\"num\">{Html.Number(cells.Count(c => c.IsReviewed))}</td></tr>");
            }

            w.WriteLine("</tbody></table>");
        });
}
