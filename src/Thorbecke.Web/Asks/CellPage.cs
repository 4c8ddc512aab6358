using Thorbecke.Application.Reviews;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;
using Thorbecke.Web.Reviews;

namespace Thorbecke.Web.Asks;

/// <summary>
/// One cell (ask x document): the machine's verdict and quotes, the review that counts, the review form for
/// reviewers and admins, and the cell's whole history. The form carries the version the reviewer saw, so a save
/// on top of someone else's is refused instead of silently overwriting it.
/// </summary>
internal static class CellPage
{
    /// <param name="text">The document's passages, so each quote shows marked in its passage.</param>
    public static string Render(
        PageContext page, ReportView view, Ask ask, DocumentInfo document, IReadOnlyList<Review> history, CellMessage? message = null, ReviewDraft? draft = null, Document? text = null) =>
        Layout.Render(page, $"{view.Label(document)} · {ask.Id}", w =>
        {
            var cell = view.Cell(ask, document);
            w.WriteLine("<article class=\"ask cell-page\">");
            w.WriteLine($"<p class=\"ask-meta\"><a class=\"ask-id\" href=\"{ReportView.AskUrl(ask)}\">{Html.E(ask.Id)}</a><span class=\"theme-tag\">{Html.E(ask.Theme)}</span>"
                + $"<a class=\"back\" href=\"{ReportView.AskUrl(ask)}\">↑ alle documenten voor deze ask</a></p>");
            w.WriteLine($"<h1 class=\"ask-title\">{Html.E(ask.Text)}</h1>");
            w.WriteLine($"<p class=\"doc-line\"><a href=\"{ReportView.DocumentUrl(document)}\"><strong>{Html.E(view.Label(document))}</strong></a> · {Html.E(document.Title)}</p>");
            if (message is not null)
            {
                WriteMessage(w, message);
            }

            w.WriteLine($"<section class=\"entry {HtmlVerdicts.CssClass(cell.Verdict)}\" id=\"stand\">");
            w.WriteLine($"<p class=\"entry-head\">{VerdictLook.Reviewed(cell)}</p>");
            if (cell.Review is { } review)
            {
                w.WriteLine($"<p class=\"conf\">Versie {Html.Number(review.Version)}, {Html.E(Html.DateTime(review.At))}</p>");
                if (review.Comment is { } comment)
                {
                    w.WriteLine($"<p class=\"comment\">Opmerking: {Html.E(comment)}</p>");
                }

                Quotes.Write(w, document, review.Evidence, view.PdfUrl(document), text);
            }

            w.WriteLine("</section>");
            w.WriteLine("<section class=\"block\" id=\"machine\">");
            w.WriteLine("<h2>Oordeel van de machine</h2>");
            w.WriteLine($"<p class=\"entry-head\">{HtmlVerdicts.Badge(cell.Machine.Verdict)} {ConfidenceLook.Span(cell.Machine.Confidence)}</p>");
            w.WriteLine($"<p class=\"hint\" id=\"zekerheid-uitleg\">{Html.E(ConfidenceLook.Explanation)}</p>");
            w.WriteLine($"<p class=\"rationale\">{Html.E(cell.Machine.Rationale)}</p>");
            Quotes.Write(w, document, cell.Machine.Evidence.Select(e => new ReviewEvidence(e.Page, e.Quote)), view.PdfUrl(document), text);
            w.WriteLine("</section>");

            if (page.MayReview)
            {
                WriteForm(w, page, ask, document, cell, draft?.SeenVersion ?? (history.Count == 0 ? 0 : history[^1].Version), draft);
            }

            WriteHistory(w, history);
            w.WriteLine("</article>");
        });

    private static void WriteMessage(TextWriter w, CellMessage message)
    {
        w.WriteLine($"<section class=\"message {message.Kind}\" role=\"{(message.Kind == "ok" ? "status" : "alert")}\">");
        w.WriteLine($"<p>{Html.E(message.Text)}</p>");
        if (message.Next is { } next)
        {
            w.WriteLine($"<p><a class=\"next\" href=\"{next}\">Volgende in de wachtrij →</a></p>");
        }
        if (message.Conflict is { } other)
        {
            w.WriteLine($"<p>{HtmlVerdicts.Badge(other.Verdict)} door <strong>{Html.E(other.Reviewer)}</strong>, versie {Html.Number(other.Version)}, {Html.E(Html.DateTime(other.At))}"
                + (other.Comment is { } comment ? $" – “{Html.E(comment)}”" : "") + "</p>");
        }

        w.WriteLine("</section>");
    }

    /// <summary>The form, filled with <paramref name="draft"/> when it was refused, so a typo in an own quote costs no retyping.</summary>
    private static void WriteForm(TextWriter w, PageContext page, Ask ask, DocumentInfo document, ReviewedResult cell, int seenVersion, ReviewDraft? draft)
    {
        w.WriteLine("<section class=\"block\" id=\"beoordelen\">");
        w.WriteLine("<h2>Beoordelen</h2>");
        w.WriteLine($"<form method=\"post\" action=\"{ReportView.CellUrl(ask, document)}\" class=\"review-form\">");
        w.WriteLine(page.TokenField);
        w.WriteLine($"<input type=\"hidden\" name=\"{ReviewForm.SeenVersion}\" value=\"{Html.Number(seenVersion)}\">");
        w.WriteLine("<fieldset><legend>Oordeel</legend>");
        foreach (var verdict in VerdictNames.All)
        {
            var note = verdict == cell.Machine.Verdict ? " <small>(bevestigt de machine)</small>" : "";
            var chosen = draft is null ? verdict == cell.Verdict : draft.Verdict == verdict.ToWire();
            w.WriteLine($"<label class=\"choice\"><input type=\"radio\" name=\"{ReviewForm.Verdict}\" value=\"{verdict.ToWire()}\" required{(chosen ? " checked" : "")}> {HtmlVerdicts.Badge(verdict)}{note}</label>");
        }

        w.WriteLine("</fieldset>");

        var reviewed = cell.Review?.Evidence ?? [];
        var candidates = cell.Machine.Evidence.Select(e => new ReviewEvidence(e.Page, e.Quote)).Concat(reviewed).Distinct().ToList();
        var picked = draft?.Evidence ?? reviewed;
        var own = draft?.Evidence.FirstOrDefault(e => !candidates.Contains(e));
        w.WriteLine("<fieldset><legend>Citaten</legend>");
        w.WriteLine("<p class=\"hint\">Vink de citaten aan die het oordeel dragen. Niets aangevinkt: de citaten van de machine blijven staan.</p>");
        foreach (var quote in candidates)
        {
            w.WriteLine($"<label class=\"choice quote-choice\"><input type=\"checkbox\" name=\"{ReviewForm.Quote}\" value=\"{Html.E(ReviewForm.Value(quote))}\"{(picked.Contains(quote) ? " checked" : "")}>"
                + $" <span>{Html.E(document.Cite(quote.Page))}: {Html.E(quote.Quote)}</span></label>");
        }

        w.WriteLine($"<div class=\"extra\"><label>Pagina <input type=\"number\" name=\"{ReviewForm.ExtraPage}\" min=\"1\" max=\"{Html.Number(document.Pages)}\" inputmode=\"numeric\" value=\"{(own is null ? string.Empty : Html.Number(own.Page))}\"></label>"
            + $"<label class=\"grow\">Eigen citaat (letterlijk van die pagina) <textarea name=\"{ReviewForm.ExtraQuote}\" rows=\"2\" maxlength=\"{ReviewRules.MaxQuoteLength}\">{Html.E(own?.Quote)}</textarea></label></div>");
        w.WriteLine("</fieldset>");
        w.WriteLine($"<label>Opmerking <textarea name=\"{ReviewForm.Comment}\" rows=\"3\" maxlength=\"{ReviewRules.MaxCommentLength}\">{Html.E(draft is null ? cell.Review?.Comment : draft.Comment)}</textarea></label>");
        w.WriteLine("<button type=\"submit\">Opslaan</button>");
        w.WriteLine("</form>");
        w.WriteLine("</section>");
    }

    private static void WriteHistory(TextWriter w, IReadOnlyList<Review> history)
    {
        w.WriteLine("<section class=\"block\" id=\"geschiedenis\">");
        w.WriteLine("<h2>Geschiedenis</h2>");
        if (history.Count == 0)
        {
            w.WriteLine("<p class=\"lead\">Nog niet beoordeeld.</p>");
            w.WriteLine("</section>");
            return;
        }

        w.WriteLine("<table class=\"summary history\"><thead><tr><th>Versie</th><th>Wie</th><th>Wanneer</th><th>Oordeel</th><th>Opmerking</th><th class=\"num\">Citaten</th></tr></thead><tbody>");
        foreach (var review in history.Reverse())
        {
            w.WriteLine($"<tr><td class=\"num\">{Html.Number(review.Version)}</td><td>{Html.E(review.Reviewer)}</td><td>{Html.E(Html.DateTime(review.At))}</td>"
                + $"<td>{HtmlVerdicts.Badge(review.Verdict)} <small>{(review.Confirmed ? "bevestigd" : "overschreven")}</small></td>"
                + $"<td>{Html.E(review.Comment)}</td><td class=\"num\">{Html.Number(review.Evidence.Count)}</td></tr>");
        }

        w.WriteLine("</tbody></table>");
        w.WriteLine("</section>");
    }
}
