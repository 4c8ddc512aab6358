using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Text;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Documents;

/// <summary>
/// A document page by page, verbatim, with the asks whose evidence (the reviewer's when picked, else the machine's)
/// comes from that page, so a reviewer can read a quote in its context.
/// </summary>
internal static class DocumentPage
{
    public static string Render(PageContext page, ReportView view, Document document) =>
        Layout.Render(page, view.FindDocument(document.Info.Id) is { } info ? view.Label(info) : document.Info.Party, w =>
        {
            var info = view.FindDocument(document.Info.Id) ?? document.Info;
            var touches = Touches(view, info);
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Document</p>");
            w.WriteLine($"<h1>{Html.E(info.Party)}: {Html.E(info.Title)}</h1>");
            w.WriteLine($"<p class=\"meta\"><span><code>{Html.E(info.File)}</code></span><span>{Html.E(DocumentKinds.Label(info.Kind))}</span>"
                + (info.Date is { } date ? $"<span class=\"doc-date\">{Html.E(Dutch.Date(date))}</span>" : "")
                + (info.Election is null ? "" : $"<span>{Html.E(info.Election)}</span>")
                + $"<span>{Dutch.Count(info.Pages, "pagina", "pagina's")}</span><span>{Dutch.Count(touches.Count, "pagina", "pagina's")} met citaten</span>"
                + (view.OriginalUrl(info) is { } original ? $"<span><a href=\"{original}\">Origineel bestand</a></span>" : "") + "</p>");
            w.WriteLine("</header>");
            foreach (var documentPage in document.Pages)
            {
                w.WriteLine($"<section class=\"doc-page\" id=\"p{Html.Number(documentPage.Number)}\">");
                var printed = documentPage.Number - info.PrintedPageOffset;
                w.WriteLine(info.PrintedPageOffset == 0 || printed < 1
                    ? $"<h2 class=\"page-title\">Pagina {Html.Number(documentPage.Number)}</h2>"
                    : $"<h2 class=\"page-title\">Pagina {Html.Number(printed)} <small>(pdf {Html.Number(documentPage.Number)})</small></h2>");
                if (touches.TryGetValue(documentPage.Number, out var asks))
                {
                    w.Write("<p class=\"touches\">");
                    foreach (var (ask, cell) in asks)
                    {
                        w.Write($"<a class=\"chip {HtmlVerdicts.CssClass(cell.Verdict)}\" href=\"{ReportView.CellUrl(ask, info)}\" title=\"{Html.E(ask.Text)}\">"
                            + $"{HtmlVerdicts.Symbol(cell.Verdict)} {Html.E(ask.Id)}{(cell.IsReviewed ? " ✎" : "")}</a> ");
                    }

                    w.WriteLine("</p>");
                }

                w.WriteLine($"<div class=\"page-text\">{Html.E(documentPage.Text)}</div>");
                w.WriteLine("</section>");
            }
        });

    private static Dictionary<int, List<(Ask Ask, ReviewedResult Cell)>> Touches(ReportView view, DocumentInfo info)
    {
        var touches = new Dictionary<int, List<(Ask, ReviewedResult)>>();
        if (view.FindDocument(info.Id) is null)
        {
            return touches;
        }

        foreach (var ask in view.Agenda.Asks)
        {
            var cell = view.Cell(ask, info);
            foreach (var pageNumber in cell.Evidence.Select(e => e.Page).Distinct())
            {
                if (!touches.TryGetValue(pageNumber, out var list))
                {
                    touches[pageNumber] = list = [];
                }

                list.Add((ask, cell));
            }
        }

        return touches;
    }
}
