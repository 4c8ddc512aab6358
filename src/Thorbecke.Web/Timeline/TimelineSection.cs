using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Timelines;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Timeline;

/// <summary>
/// An ask's timeline on its page: the status now and since which document, the commitment the agreement made and how
/// it is held up, then every document that speaks to the ask in date order, the undated ones apart at the end. Each
/// step links to its cell, where it is reviewed; a review changes the verdict here, and the status and judgements with it.
/// </summary>
internal static class TimelineSection
{
    public static void Write(TextWriter w, ReportView view, Ask ask)
    {
        var timeline = view.Timeline(ask);
        w.WriteLine("<section class=\"block timeline\" id=\"tijdlijn\">");
        w.WriteLine("<h2>Tijdlijn</h2>");
        WriteStatus(w, view, timeline);
        if (timeline.Commitment is { } commitment)
        {
            WriteCommitment(w, view, ask, commitment);
        }

        WriteSteps(w, view, ask, timeline, timeline.Dated.ToList());
        var undated = timeline.Undated.ToList();
        if (undated.Count > 0)
        {
            w.WriteLine("<h3 class=\"undated-title\">Zonder datum</h3>");
            w.WriteLine("<p class=\"hint\">Documenten zonder datum staan los van de volgorde en tellen niet mee voor de status.</p>");
            WriteSteps(w, view, ask, timeline, undated);
        }

        if (timeline.SilentDocuments > 0)
        {
            w.WriteLine($"<p class=\"silent-count\">{Html.E(timeline.SilentDocuments == 1 ? "1 document zegt" : $"{Dutch.Number(timeline.SilentDocuments)} documenten zeggen")} niets over deze vraag.</p>");
        }

        w.WriteLine("</section>");
    }

    private static void WriteStatus(TextWriter w, ReportView view, AskTimeline timeline)
    {
        var since = timeline.StatusSince is { } step
            ? $" — sinds {TimelineLook.Named(view, step, ReportView.CellUrl(timeline.Ask, step.Document))}"
            : " — nog geen kabinetsdocument met een datum gaat op deze vraag in";
        w.WriteLine($"<p class=\"status-now\">Status nu: {TimelineLook.Badge(timeline.Status)}{since}</p>");
    }

    private static void WriteCommitment(TextWriter w, ReportView view, Ask ask, Commitment commitment)
    {
        var made = commitment.Made;
        w.WriteLine($"<div class=\"commitment {HtmlVerdicts.CssClass(commitment.Outcome.ToVerdict())}\">");
        w.WriteLine($"<p class=\"commitment-head\"><strong>Toezegging</strong> in {TimelineLook.Named(view, made, ReportView.CellUrl(ask, made.Document))}</p>");
        if (made.Quote is { } quote)
        {
            Quotes.Write(w, made.Document, [quote], view.PdfUrl(made.Document));
        }

        w.WriteLine(commitment.JudgedBy is { } judge
            ? $"<p class=\"commitment-now\">Nu: {TimelineLook.Badge(commitment.Outcome)} volgens {TimelineLook.Named(view, judge, ReportView.CellUrl(ask, judge.Document))}</p>"
            : $"<p class=\"commitment-now\">Nu: {TimelineLook.Badge(commitment.Outcome)}: geen later kabinetsdocument gaat erop in.</p>");
        w.WriteLine("</div>");
    }

    private static void WriteSteps(TextWriter w, ReportView view, Ask ask, AskTimeline timeline, List<TimelineStep> steps)
    {
        w.WriteLine($"<ol class=\"steps{(steps.All(s => s.Document.Date is null) ? " undated" : "")}\">");
        foreach (var step in steps)
        {
            var document = step.Document;
            w.WriteLine($"<li class=\"step {HtmlVerdicts.CssClass(step.Cell.Verdict)}\" data-document=\"{Html.E(document.Id)}\">");
            w.WriteLine($"<p class=\"step-head\">{TimelineLook.Date(document)}<span class=\"tag kind\">{Html.E(DocumentKinds.Label(document.Kind))}</span>"
                + $"<a class=\"step-doc\" href=\"{ReportView.CellUrl(ask, document)}\">{Html.E(view.OnTimeline(document))}</a> {VerdictLook.Reviewed(step.Cell)}</p>");
            TimelineLook.WriteMarks(w, timeline, step);
            if (step.Quote is { } quote)
            {
                Quotes.Write(w, document, [quote], view.PdfUrl(document));
            }

            WriteAmounts(w, document, view.Amounts(ask, document));
            w.WriteLine("</li>");
        }

        w.WriteLine("</ol>");
    }

    private static void WriteAmounts(TextWriter w, DocumentInfo document, IReadOnlyList<TimelineAmount> amounts)
    {
        if (amounts.Count == 0)
        {
            return;
        }

        w.WriteLine("<ul class=\"amounts\">");
        foreach (var amount in amounts)
        {
            w.WriteLine($"<li><strong class=\"amount\">{Html.E(amount.AmountText)}</strong>, "
                + $"<a class=\"pageno\" href=\"{ReportView.DocumentUrl(document)}#p{Html.Number(amount.Page)}\">{Html.E(document.Cite(amount.Page))}</a>: "
                + $"<span class=\"amount-quote\">“{Html.E(amount.Quote)}”</span></li>");
        }

        w.WriteLine("</ul>");
        w.WriteLine($"<p class=\"draft-link\"><a href=\"{DraftScenarioDownload.Url(document)}\" download>Conceptscenario met deze bedragen</a> "
            + "<small>(YAML voor het geldmodel; elk bedrag onbevestigd tot u het controleert)</small></p>");
    }
}
