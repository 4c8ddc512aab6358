using Microsoft.AspNetCore.Http;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Documents;

/// <summary>
/// The kept original of a document: a PDF opens in the browser (at <c>#page=N</c>), anything else is downloaded,
/// because an uploaded HTML file shown inline would run as a page of this site.
/// </summary>
internal static class OriginalFile
{
    public static IResult Serve(HttpContext http, ReportSource source, string documentId)
    {
        var document = source.Store.ListDocuments().FirstOrDefault(d => string.Equals(d.Id, documentId, StringComparison.Ordinal));
        if (document is null || source.Archive.Load(document) is not { } content)
        {
            return Html.Page(ErrorPage.Render(PageContext.From(http), "Niet gevonden", "Van dit document is geen origineel bestand bewaard."), StatusCodes.Status404NotFound);
        }

        if (!string.Equals(Path.GetExtension(document.File), ".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return Results.File(content, "application/octet-stream", document.File);
        }

        // The page policy forbids plugins, and the browser's PDF viewer is one; this response is a PDF, not a page.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; object-src 'self'; frame-ancestors 'none'";
        return Results.File(content, "application/pdf", enableRangeProcessing: true);
    }
}
