using Microsoft.AspNetCore.Http;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Documents;

/// <summary>The list of documents, one document's pages, and searching their text; <see cref="Routes"/> maps them.</summary>
internal static class DocumentHandlers
{
    public static IResult List(HttpContext http, ReportSource source) =>
        source.View() is { } view
            ? Html.Page(DocumentListPage.Render(PageContext.From(http), view))
            : ErrorPage.NoScanFound(http);

    public static IResult Detail(HttpContext http, ReportSource source, string documentId) =>
        source.View() is not { } view ? ErrorPage.NoScanFound(http)
        : source.Store.LoadDocument(documentId) is not { } document ? ErrorPage.NotFound(http, $"Het document '{documentId}' is niet bekend.")
        : Html.Page(DocumentPage.Render(PageContext.From(http), view, document));

    public static IResult Search(HttpContext http, ReportSource source, string? q) =>
        source.View() is { } view
            ? Html.Page(SearchPage.Render(PageContext.From(http), view, source.Store, q))
            : ErrorPage.NoScanFound(http);
}
