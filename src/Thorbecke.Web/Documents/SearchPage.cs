using System.Text;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Documents;

/// <summary>
/// Full-text search over the passages of the latest scan's documents, hits highlighted. A plain case-insensitive
/// substring match: analysts search for exact wordings ("opschalingskorting", "artikel 12") and expect every hit.
/// </summary>
internal static class SearchPage
{
    public const int MaxHits = 200;
    private const int MinQueryLength = 2;

    public static string Render(PageContext page, ReportView view, IDocumentCatalog catalog, string? query) =>
        Layout.Render(page, "Zoeken", w =>
        {
            var text = query?.Trim() ?? "";
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Laatste scan</p><h1>Zoeken in de documenten</h1></header>");
            w.WriteLine("<form method=\"get\" action=\"/zoeken\" class=\"filter\" role=\"search\">");
            w.WriteLine($"<label>Zoekterm <input type=\"search\" name=\"q\" value=\"{Html.E(text)}\" placeholder=\"bijv. opschalingskorting\" autofocus></label>");
            w.WriteLine("<button type=\"submit\">Zoeken</button></form>");
            if (text.Length < MinQueryLength)
            {
                w.WriteLine($"<p class=\"lead\">Typ minstens {MinQueryLength} tekens.</p>");
                return;
            }

            var hits = new List<(DocumentInfo Info, Passage Passage)>();
            foreach (var info in view.Documents)
            {
                if (catalog.LoadDocument(info.Id) is not { } document)
                {
                    continue;
                }

                hits.AddRange(document.Passages.Where(p => p.Text.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(p => (info, p)));
            }

            w.WriteLine($"<p class=\"count\" id=\"telling\">{Dutch.Count(hits.Count, "passage", "passages")} gevonden{(hits.Count > MaxHits ? $"; de eerste {MaxHits} staan hieronder" : "")}.</p>");
            w.WriteLine("<ol class=\"hits\">");
            foreach (var (info, passage) in hits.Take(MaxHits))
            {
                w.WriteLine($"<li><p class=\"hit-head\"><strong>{Html.E(view.Label(info))}</strong> · <a href=\"{ReportView.DocumentUrl(info)}#p{Html.Number(passage.Page)}\">{Html.E(info.Cite(passage.Page))}</a>"
                    + (passage.Heading.Length > 0 ? $" · {Html.E(passage.Heading)}" : "") + "</p>");
                w.WriteLine($"<p class=\"hit\">{Highlight(passage.Text, text)}</p></li>");
            }

            w.WriteLine("</ol>");
        });

    /// <summary>Encodes the text and wraps every occurrence of the term in &lt;mark&gt;; the pieces are encoded separately so no markup leaks in.</summary>
    public static string Highlight(string text, string term)
    {
        var html = new StringBuilder();
        var at = 0;
        for (var hit = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); hit >= 0; hit = text.IndexOf(term, at, StringComparison.OrdinalIgnoreCase))
        {
            html.Append(Html.E(text[at..hit])).Append("<mark>").Append(Html.E(text.Substring(hit, term.Length))).Append("</mark>");
            at = hit + term.Length;
        }

        return html.Append(Html.E(text[at..])).ToString();
    }
}
