using Microsoft.AspNetCore.Http;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Overview;

/// <summary>The start page: the matrix of the latest scan, filtered by theme and verdict; <see cref="Routes"/> maps it.</summary>
internal static class OverviewHandlers
{
    /// <summary>Without a scan the start page explains how to make one, with 200: it is where everybody lands.</summary>
    public static IResult Overview(HttpContext http, ReportSource source) =>
        source.View() is { } view
            ? Html.Page(OverviewPage.Render(PageContext.From(http), view, OverviewFilter.From(http.Request.Query)))
            : Html.Page(ErrorPage.NoScan(PageContext.From(http)));
}
