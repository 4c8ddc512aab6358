using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;

namespace Thorbecke.Web.Pages;

/// <summary>Evidence quotes as the static report shows them, each with a link to its page in the document view.</summary>
internal static class Quotes
{
    public static void Write(TextWriter w, DocumentInfo document, IEnumerable<ReviewEvidence> evidence)
    {
        foreach (var quote in evidence)
        {
            w.WriteLine($"<blockquote class=\"quote\"><p>{Html.E(quote.Quote)}</p>"
                + $"<footer><a class=\"pageno\" href=\"{ReportView.DocumentUrl(document)}#p{Html.Number(quote.Page)}\">p. {Html.Number(quote.Page)}</a></footer></blockquote>");
        }
    }
}
