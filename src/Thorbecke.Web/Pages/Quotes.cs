using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;

namespace Thorbecke.Web.Pages;

/// <summary>
/// Evidence quotes as the static report shows them, each with a link to its page in the document view and, when the
/// original PDF is kept, a link that opens the PDF at that page.
/// </summary>
internal static class Quotes
{
    /// <param name="w">Where the quotes go.</param>
    /// <param name="document">The document the quotes come from.</param>
    /// <param name="evidence">The quotes with their pages.</param>
    /// <param name="pdfUrl">The kept original PDF (<see cref="ReportView.PdfUrl"/>), or null when there is none.</param>
    /// <param name="text">The document's passages, to show each quote marked in its passage; null shows the quotes alone.</param>
    public static void Write(TextWriter w, DocumentInfo document, IEnumerable<ReviewEvidence> evidence, string? pdfUrl = null, Document? text = null)
    {
        foreach (var quote in evidence)
        {
            var page = Html.Number(quote.Page);
            var pdf = pdfUrl is null ? "" : $" <a class=\"pageno\" href=\"{pdfUrl}#page={page}\" target=\"_blank\" rel=\"noopener\">PDF p. {page}</a>";
            var context = text is null ? null : QuoteContext.Html(text, quote.Page, quote.Quote);
            w.WriteLine($"<blockquote class=\"quote\"><p{(context is null ? "" : " class=\"in-passage\"")}>{context ?? Html.E(quote.Quote)}</p>"
                + $"<footer><a class=\"pageno\" href=\"{ReportView.DocumentUrl(document)}#p{page}\">{Html.E(document.Cite(quote.Page))}</a>{pdf}</footer></blockquote>");
        }
    }
}
