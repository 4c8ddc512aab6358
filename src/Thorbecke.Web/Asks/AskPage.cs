using Thorbecke.Core.Agendas;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Exports;
using Thorbecke.Web.Pages;
using Thorbecke.Web.Timeline;

namespace Thorbecke.Web.Asks;

/// <summary>
/// One ask across every document: its timeline when the documents have dates or come from the cabinet, then per
/// document the verdict that counts, confidence, rationale and quotes with page numbers.
/// </summary>
internal static class AskPage
{
    public static string Render(PageContext page, ReportView view, Ask ask) =>
        Layout.Render(page, ask.Id, w =>
        {
            var cells = view.Documents.Select(d => (Document: d, Cell: view.Cell(ask, d))).ToList();
            w.WriteLine("<article class=\"ask\">");
            w.WriteLine($"<p class=\"ask-meta\"><span class=\"ask-id\">{Html.E(ask.Id)}</span><span class=\"theme-tag\">{Html.E(ask.Theme)}</span>"
                + $"<a class=\"back\" href=\"/?thema={Html.U(ask.Theme)}\">↑ overzicht {Html.E(ask.Theme)}</a></p>");
            w.WriteLine($"<h1 class=\"ask-title\">{Html.E(ask.Text)}</h1>");
            w.WriteLine($"<p class=\"memo-links\">Memo over deze vraag: <a href=\"{Html.E(MemoHandlers.ForAsk(ask.Id, "docx"))}\">Word</a> · <a href=\"{Html.E(MemoHandlers.ForAsk(ask.Id, "md"))}\">Markdown</a></p>");
            if (view.HasTimelines)
            {
                TimelineSection.Write(w, view, ask);
                w.WriteLine("<h2 class=\"per-document\">Per document</h2>");
            }

            HtmlVerdicts.WriteTally(w, cells.Select(c => c.Cell.Verdict));
            foreach (var (document, cell) in cells)
            {
                w.WriteLine($"<section class=\"entry {HtmlVerdicts.CssClass(cell.Verdict)}\" id=\"d-{Html.E(document.Id)}\">");
                w.WriteLine($"<p class=\"entry-head\"><strong class=\"party-name\"><a href=\"{ReportView.CellUrl(ask, document)}\">{Html.E(view.Label(document))}</a></strong>"
                    + $" {VerdictLook.Reviewed(cell)} {ConfidenceLook.Span(cell.Machine.Confidence, "zekerheid machine")}"
                    + $" <a class=\"back\" href=\"{ReportView.CellUrl(ask, document)}\">{(page.MayReview ? "Beoordelen" : "Details en geschiedenis")} →</a></p>");
                if (cell.Review?.Comment is { } comment)
                {
                    w.WriteLine($"<p class=\"comment\">Opmerking {Html.E(cell.Review.Reviewer)}: {Html.E(comment)}</p>");
                }

                w.WriteLine($"<p class=\"rationale\"><span class=\"conf\">Machine:</span> {Html.E(cell.Machine.Rationale)}</p>");
                Quotes.Write(w, document, cell.Evidence, view.PdfUrl(document));
                w.WriteLine("</section>");
            }

            w.WriteLine("</article>");
        });
}
