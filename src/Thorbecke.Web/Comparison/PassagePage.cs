using System.Text;
using Thorbecke.Text.Finding;
using Thorbecke.Text.Sentences;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Comparison;

/// <summary>
/// Finds a requested passage (such as the VNG's proposed programme text) in one document or all of them, verbatim or
/// paraphrased, and shows each hit in its sentences with the matching words marked. The passage is posted, not
/// put in the query: a paragraph can be longer than a URL may be.
/// </summary>
internal static class PassagePage
{
    public const string Path = "/vergelijken/passage";
    public const string TextField = "tekst";
    public const string DocumentField = "document";

    /// <summary>A few pages of text; more is not a passage and would only slow the search.</summary>
    public const int MaxLength = 20_000;

    public static string Render(PageContext page, ReportView view, string text, string? documentId, IReadOnlyList<DocumentHits>? results, string? error = null) =>
        Layout.Render(page, "Passage zoeken", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Vergelijken</p><h1>Passage terugvinden</h1></header>");
            if (error is not null)
            {
                w.WriteLine($"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>");
            }

            WriteForm(w, page, view, text, documentId);
            if (results is not null)
            {
                WriteResults(w, view, results);
            }

            w.WriteLine($"<p><a href=\"{ComparePage.Path}\">← Terug naar vergelijken</a></p>");
        });

    /// <summary>The search form; the compare page shows it too, empty.</summary>
    public static void WriteForm(TextWriter w, PageContext page, ReportView view, string text, string? documentId)
    {
        w.WriteLine("<section class=\"block\" id=\"passage\">");
        w.WriteLine("<h2>Staat een passage in een document?</h2>");
        w.WriteLine("<p class=\"lead\">Plak een tekst, bijvoorbeeld de passage die de VNG voorstelde voor de programma's. "
            + "Thorbecke zoekt hem letterlijk (hoofdletters, accenten, leestekens en afbrekingen tellen niet) en als parafrase.</p>");
        w.WriteLine($"<form method=\"post\" action=\"{Path}\" class=\"passage-form\">{page.TokenField}");
        w.WriteLine($"<label>Tekst <textarea name=\"{TextField}\" rows=\"6\" maxlength=\"{Html.Number(MaxLength)}\" required>{Html.E(text)}</textarea></label>");
        w.Write($"<div class=\"passage-actions\"><label>Document <select name=\"{DocumentField}\"><option value=\"\">Alle documenten</option>");
        foreach (var document in view.Documents)
        {
            var selected = string.Equals(document.Id, documentId, StringComparison.Ordinal) ? " selected" : "";
            w.Write($"<option value=\"{Html.E(document.Id)}\"{selected}>{Html.E(view.Label(document))}</option>");
        }

        w.WriteLine("</select></label><button type=\"submit\">Zoeken</button></div></form></section>");
    }

    private static void WriteResults(TextWriter w, ReportView view, IReadOnlyList<DocumentHits> results)
    {
        var found = results.Where(r => r.Hits.Count > 0).ToList();
        w.WriteLine("<section class=\"block\" id=\"resultaten\">");
        w.WriteLine($"<p class=\"count\" id=\"telling\">Gevonden in {Html.Number(found.Count)} van {Html.Number(results.Count)} {(results.Count == 1 ? "document" : "documenten")}.</p>");
        foreach (var (document, pages, hits) in found)
        {
            w.WriteLine($"<h3 class=\"theme-title\">{Html.E(view.Label(document))} <small>{Html.E(document.Title)}</small></h3>");
            w.WriteLine("<ol class=\"hits\">");
            foreach (var hit in hits)
            {
                var kind = hit.Kind == PassageMatchKind.Verbatim ? "letterlijk" : "parafrase";
                w.WriteLine($"<li class=\"passage-hit {(hit.Kind == PassageMatchKind.Verbatim ? "verbatim" : "paraphrase")}\" data-document=\"{Html.E(document.Id)}\" data-page=\"{Html.Number(hit.Page)}\">"
                    + $"<p class=\"hit-head\"><a href=\"{ReportView.DocumentUrl(document)}#p{Html.Number(hit.Page)}\">{Html.E(document.Cite(hit.Page))}</a>"
                    + $" · <span class=\"tag kind\">{kind}</span> · overeenkomst {Html.Percent(hit.Score)}</p>");
                w.WriteLine($"<p class=\"hit\">{InContext(pages.Single(p => p.Number == hit.Page).Text, hit)}</p></li>");
            }

            w.WriteLine("</ol>");
        }

        var missing = results.Where(r => r.Hits.Count == 0).Select(r => view.Label(r.Document)).ToList();
        if (missing.Count > 0)
        {
            w.WriteLine($"<p class=\"lead\" id=\"niet-gevonden\">Niet gevonden in: {Html.E(string.Join(", ", missing))}.</p>");
        }

        w.WriteLine("</section>");
    }

    /// <summary>
    /// The sentences the hit stands in, encoded, with the matching parts in &lt;mark&gt;; the pieces are encoded
    /// separately so no markup leaks in. The page's line breaks are left to HTML, which shows them as spaces.
    /// </summary>
    public static string InContext(string pageText, PassageHit hit)
    {
        var sentences = SentenceSplitter.Spans(pageText);
        var start = sentences.Where(s => s.Start <= hit.Span.Start).Select(s => s.Start).DefaultIfEmpty(hit.Span.Start).Max();
        var end = sentences.Where(s => s.Start + s.Length >= hit.Span.End).Select(s => s.Start + s.Length).DefaultIfEmpty(hit.Span.End).Min();
        var html = new StringBuilder();
        var at = start;
        foreach (var mark in hit.Marks.OrderBy(m => m.Start))
        {
            html.Append(Html.E(pageText[at..mark.Start])).Append("<mark>").Append(Html.E(pageText.Substring(mark.Start, mark.Length))).Append("</mark>");
            at = mark.End;
        }

        return html.Append(Html.E(pageText[at..end])).ToString();
    }
}
