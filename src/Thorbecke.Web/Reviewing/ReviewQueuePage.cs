using Thorbecke.Core.Text;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Reviewing;

/// <summary>
/// The review queue: every cell no analyst has reviewed yet, per ask, least certain first, each linking to its cell
/// page; with the progress per ask and per document. Progress bars are &lt;progress&gt; elements, because the
/// content security policy allows no inline style to size a bar.
/// </summary>
internal static class ReviewQueuePage
{
    public const string Path = "/beoordelen";

    public static string Render(PageContext page, ReportView view, int limit = ReviewQueue.DefaultLimit) =>
        Layout.Render(page, "Te beoordelen", w =>
        {
            var queue = ReviewQueue.For(view, limit);
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Wachtrij</p><h1>Te beoordelen</h1>");
            w.WriteLine($"<p class=\"meta\"><span id=\"totaal\">{Html.E(queue.Overall.Text)}</span>"
                + $"<span>{Dutch.Count(queue.Overall.Waiting, "cel", "cellen")} te gaan</span><a href=\"#documenten\">Voortgang per document</a></p>");
            w.WriteLine("</header>");

            w.WriteLine("<section class=\"block\" id=\"wachtrij\">");
            w.WriteLine("<h2>Per ask, minst zeker eerst</h2>");
            if (queue.Overall.Total == 0)
            {
                w.WriteLine("<p class=\"lead notice\" id=\"leeg\">De laatste scan heeft nog geen cellen om te beoordelen.</p>");
            }
            else if (queue.Overall.IsDone)
            {
                w.WriteLine("<p class=\"lead notice\" id=\"leeg\">Alles is beoordeeld: elke cel van de laatste scan heeft een oordeel van een analist.</p>");
            }
            else
            {
                w.WriteLine($"<p class=\"lead\">Bovenaan staan de oordelen waar de machine het minst zeker van is. {Html.E(ConfidenceLook.Explanation)}</p>");
                foreach (var group in queue.Groups)
                {
                    WriteGroup(w, view, group);
                }

                if (queue.Hidden > 0)
                {
                    w.WriteLine($"<p class=\"notice\" id=\"meer\">Nog {Dutch.Count(queue.Hidden, "cel", "cellen")} niet getoond; de wachtrij toont de {Html.Number(limit)} minst zekere.</p>");
                }
            }

            w.WriteLine("</section>");
            WriteDocuments(w, view, queue);
        });

    private static void WriteGroup(TextWriter w, ReportView view, QueueAsk group)
    {
        var ask = group.Ask;
        w.WriteLine($"<section class=\"queue-ask\" id=\"ask-{Html.E(ask.Id)}\" data-ask=\"{Html.E(ask.Id)}\">");
        w.WriteLine($"<p class=\"ask-meta\"><a class=\"ask-id\" href=\"{ReportView.AskUrl(ask)}\">{Html.E(ask.Id)}</a><span class=\"theme-tag\">{Html.E(ask.Theme)}</span></p>");
        w.WriteLine($"<h3>{Html.E(ask.Text)}</h3>");
        WriteProgress(w, group.Progress, "queue-progress", group.Progress.Text);
        w.WriteLine("<ol class=\"queue-cells\">");
        foreach (var cell in group.Cells)
        {
            w.WriteLine($"<li data-document=\"{Html.E(cell.Document.Id)}\"><a href=\"{cell.Url}\">{Html.E(view.Label(cell.Document))}</a> "
                + $"{HtmlVerdicts.Badge(cell.Cell.Machine.Verdict)} {ConfidenceLook.Span(cell.Confidence)}</li>");
        }

        w.WriteLine("</ol>");
        if (group.Hidden > 0)
        {
            w.WriteLine($"<p class=\"hint\">En nog {Dutch.Count(group.Hidden, "cel", "cellen")} van deze ask, verderop in de wachtrij.</p>");
        }

        w.WriteLine("</section>");
    }

    private static void WriteDocuments(TextWriter w, ReportView view, ReviewQueue queue)
    {
        w.WriteLine("<section class=\"block\" id=\"documenten\">");
        w.WriteLine("<h2>Voortgang per document</h2>");
        w.WriteLine("<table class=\"summary queue-documents\"><thead><tr><th scope=\"col\">Document</th><th scope=\"col\" class=\"num\">Beoordeeld</th>"
            + "<th scope=\"col\" class=\"bar-col\">Voortgang</th></tr></thead><tbody>");
        foreach (var (document, progress) in queue.Documents)
        {
            w.WriteLine($"<tr data-document=\"{Html.E(document.Id)}\"><th scope=\"row\"><a href=\"{ReportView.DocumentUrl(document)}\">{Html.E(view.Label(document))}</a></th>"
                + $"<td class=\"num\">{Html.E(progress.Text)}</td><td>");
            WriteProgress(w, progress, "queue-bar", Html.Percent(progress.Share));
            w.WriteLine("</td></tr>");
        }

        w.WriteLine("</tbody></table>");
        w.WriteLine("</section>");
    }

    private static void WriteProgress(TextWriter w, ReviewProgress progress, string cssClass, string caption) =>
        w.WriteLine($"<p class=\"{cssClass}\"><progress max=\"{Html.Number(progress.Total)}\" value=\"{Html.Number(progress.Reviewed)}\" aria-label=\"{Html.E(progress.Text)}\">"
            + $"{Html.Percent(progress.Share)}</progress> <span>{Html.E(caption)}</span></p>");
}
