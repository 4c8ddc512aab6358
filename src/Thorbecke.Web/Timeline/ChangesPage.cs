using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Timelines;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Timeline;

/// <summary>
/// What is new since a day: the asks whose status or commitment moved, each with the documents that moved it and
/// their quotes, then the documents of that day or later. Quick links start the comparison at each cabinet document.
/// </summary>
internal static class ChangesPage
{
    /// <param name="report">What changed; null when the page can only show its form (with <paramref name="error"/>).</param>
    /// <param name="typed">The date as typed, shown again beside an error so it can be corrected.</param>
    public static string Render(PageContext page, ReportView view, ChangeReport? report, string? error = null, string? typed = null) =>
        Layout.Render(page, report is null ? "Nieuw sinds" : $"Nieuw sinds {Dutch.Date(report.Since)}", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Wat is er veranderd</p>");
            w.WriteLine($"<h1>{(report is null ? "Nieuw sinds …" : $"Nieuw sinds {Html.E(Dutch.Date(report.Since))}")}</h1>");
            w.WriteLine("<p class=\"lede\">De vragen waarvan de status of de toezegging veranderde door documenten van die dag of later, "
                + "met de citaten die het lieten zien. Een oordeel van een analist gaat voor dat van de machine.</p></header>");
            WriteForm(w, view, report?.Since, typed);
            if (error is not null)
            {
                w.WriteLine($"<section class=\"message error\" role=\"alert\"><p>{Html.E(error)}</p></section>");
            }

            if (report is not null)
            {
                WriteChanges(w, view, report);
                WriteNewDocuments(w, view, report);
            }
        });

    private static void WriteForm(TextWriter w, ReportView view, DateOnly? since, string? typed)
    {
        var value = since is { } day ? DateInput.Value(day) : typed ?? string.Empty;
        w.WriteLine($"<form method=\"get\" action=\"{ChangesHandlers.Path}\" class=\"since-form\">"
            + $"<label>Sinds <input type=\"date\" name=\"sinds\" value=\"{Html.E(value)}\"></label><button type=\"submit\">Tonen</button></form>");
        var cabinet = view.Documents.Where(d => d.Date is not null && DocumentKinds.IsAuthoritative(d.Kind)).OrderByDescending(d => d.Date).ToList();
        if (cabinet.Count == 0)
        {
            return;
        }

        w.Write("<p class=\"since-links\">Of begin bij een kabinetsdocument: ");
        w.Write(string.Join(" · ", cabinet.Select(d =>
            $"<a href=\"{ChangesHandlers.Path}?sinds={DateInput.Value(d.Date!.Value)}\"{(d.Date == since ? " aria-current=\"page\"" : "")}>"
            + $"sinds {Html.E(view.OnTimeline(d))} ({Html.E(Dutch.Date(d.Date.Value))})</a>")));
        w.WriteLine("</p>");
    }

    private static void WriteChanges(TextWriter w, ReportView view, ChangeReport report)
    {
        var count = report.Changes.Count;
        w.WriteLine("<section class=\"block\" id=\"verschoven\">");
        w.WriteLine($"<h2>Vragen waarvan de status veranderde <small>{Html.E(Dutch.Count(count, "vraag", "vragen"))}</small></h2>");
        if (count == 0)
        {
            w.WriteLine($"<p class=\"lead\">Sinds {Html.E(Dutch.Date(report.Since))} is de status van geen enkele vraag veranderd, en ook geen toezegging.</p>");
        }

        foreach (var change in report.Changes)
        {
            var ask = change.Now.Ask;
            w.WriteLine($"<article class=\"change entry {HtmlVerdicts.CssClass(change.After.ToVerdict())}\" data-ask=\"{Html.E(ask.Id)}\">");
            w.WriteLine($"<p class=\"ask-meta\"><a class=\"ask-id\" href=\"{ReportView.AskUrl(ask)}\">{Html.E(ask.Id)}</a><span class=\"theme-tag\">{Html.E(ask.Theme)}</span></p>");
            w.WriteLine($"<h3 class=\"change-title\"><a href=\"{ReportView.AskUrl(ask)}#tijdlijn\">{Html.E(ask.Text)}</a></h3>");
            // An ask can move by its commitment alone: a budget that fulfils what the agreement promised keeps it "toegezegd".
            w.WriteLine(change.Before == change.After
                ? $"<p class=\"change-line status-line\">Status: {TimelineLook.Badge(change.After)} (ongewijzigd)</p>"
                : $"<p class=\"change-line status-line\">Status: {TimelineLook.Badge(change.Before)} → {TimelineLook.Badge(change.After)}</p>");
            if (change.CommitmentBefore != change.CommitmentAfter && change.CommitmentAfter is { } after)
            {
                var before = change.CommitmentBefore is { } was ? TimelineLook.Badge(was) : "<span class=\"tag\">nog geen toezegging</span>";
                w.WriteLine($"<p class=\"change-line commitment-line\">Toezegging: {before} → {TimelineLook.Badge(after)}</p>");
            }

            w.WriteLine($"<p class=\"hint moved-by-title\">Kabinetsdocumenten van {Html.E(Dutch.Date(report.Since))} of later over deze vraag:</p>");
            w.WriteLine("<ul class=\"moved-by\">");
            foreach (var step in change.MovedBy)
            {
                w.WriteLine($"<li><p class=\"step-head\">{TimelineLook.Date(step.Document)}<span class=\"tag kind\">{Html.E(DocumentKinds.Label(step.Document.Kind))}</span>"
                    + $"<a class=\"step-doc\" href=\"{ReportView.CellUrl(ask, step.Document)}\">{Html.E(view.OnTimeline(step.Document))}</a> {VerdictLook.Reviewed(step.Cell)}</p>");
                TimelineLook.WriteMarks(w, change.Now, step);
                if (step.Quote is { } quote)
                {
                    Quotes.Write(w, step.Document, [quote], view.PdfUrl(step.Document));
                }

                w.WriteLine("</li>");
            }

            w.WriteLine("</ul></article>");
        }

        w.WriteLine("</section>");
    }

    private static void WriteNewDocuments(TextWriter w, ReportView view, ChangeReport report)
    {
        w.WriteLine("<section class=\"block\" id=\"nieuwe-documenten\">");
        w.WriteLine($"<h2>Nieuwe documenten <small>{Html.E(Dutch.Count(report.NewDocuments.Count, "document", "documenten"))}</small></h2>");
        if (report.NewDocuments.Count == 0)
        {
            w.WriteLine($"<p class=\"lead\">Geen document is gedateerd op of na {Html.E(Dutch.Date(report.Since))}.</p>");
        }
        else
        {
            w.WriteLine("<table class=\"summary new-documents\"><thead><tr><th>Datum</th><th>Soort</th><th>Titel</th><th>Van</th></tr></thead><tbody>");
            foreach (var document in report.NewDocuments)
            {
                w.WriteLine($"<tr><td>{TimelineLook.Date(document)}</td><td>{Html.E(DocumentKinds.Label(document.Kind))}</td>"
                    + $"<th><a href=\"{ReportView.DocumentUrl(document)}\">{Html.E(document.Title)}</a></th><td>{Html.E(document.Party)}</td></tr>");
            }

            w.WriteLine("</tbody></table>");
        }

        if (report.UndatedDocuments > 0)
        {
            w.WriteLine($"<p class=\"hint undated-note\">{Html.E(report.UndatedDocuments == 1
                ? "1 document heeft geen datum en valt buiten deze vergelijking; het staat"
                : $"{Dutch.Number(report.UndatedDocuments)} documenten hebben geen datum en vallen buiten deze vergelijking; ze staan")} "
                + "op de tijdlijn van elke vraag onder ‘Zonder datum’.</p>");
        }

        w.WriteLine("</section>");
    }
}
