using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Timelines;
using Thorbecke.Reports.Changes;
using Thorbecke.Web.Api;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Timeline;

/// <summary>"Nieuw sinds": the page and its JSON, both over the latest scan with the reviews laid over it; <see cref="Routes"/> maps them.</summary>
internal static class ChangesHandlers
{
    public const string Path = "/nieuw";

    /// <summary>The page; without <paramref name="sinds"/> it starts at the newest dated document, so after an upload it shows what that moved.</summary>
    public static IResult Page(HttpContext http, ReportSource source, string? sinds)
    {
        if (source.View() is not { } view)
        {
            return ErrorPage.NoScanFound(http);
        }

        var page = PageContext.From(http);
        if (!DateInput.TryRead(sinds, out var asked))
        {
            return Html.Page(ChangesPage.Render(page, view, null, DateInput.Invalid(sinds!), sinds), StatusCodes.Status400BadRequest);
        }

        var since = asked ?? Newest(view);
        return since is { } day
            ? Html.Page(ChangesPage.Render(page, view, ChangeReport.Of(view.Timelines, view.Documents, day)))
            : Html.Page(ChangesPage.Render(page, view, null, "Geen enkel document heeft een datum, dus er is niets dat nieuw kan zijn. Geef documenten een datum in corpus.json, bij het toevoegen of met 'thorbecke scan --date'."));
    }

    // The JSON of the page. No XML summary here: the OpenAPI document would take it over the route's Dutch summary.
    public static IResult Api(ReportSource source, string? since)
    {
        if (source.View() is not { } view)
        {
            return TypedResults.NotFound(new ApiError(ApiHandlers.NoScan));
        }

        if (!DateInput.TryRead(since, out var asked))
        {
            return TypedResults.BadRequest(new ApiError(DateInput.Invalid(since!)));
        }

        return (asked ?? Newest(view)) is { } day
            ? TypedResults.Ok(ChangesJson.From(ChangeReport.Of(view.Timelines, view.Documents, day), view.Labels))
            : TypedResults.BadRequest(new ApiError("Geen enkel document heeft een datum; geef since op (2026-03-01)."));
    }

    private static DateOnly? Newest(ReportView view) => view.Documents.Max(d => d.Date);
}
