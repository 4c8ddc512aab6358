using Microsoft.AspNetCore.Http;

namespace Thorbecke.Web.Pages;

/// <summary>A page with one Dutch message: not found, no access, nothing scanned yet.</summary>
internal static class ErrorPage
{
    public static string Render(PageContext page, string title, string message) =>
        Layout.Render(page, title, w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Thorbecke</p>");
            w.WriteLine($"<h1>{Html.E(title)}</h1></header>");
            w.WriteLine($"<p class=\"lead notice\">{Html.E(message)}</p>");
            w.WriteLine("<p><a href=\"/\">Naar het overzicht</a></p>");
        });

    public static string NoScan(PageContext page) => Render(page, "Nog geen scan",
        "De database bevat nog geen afgeronde scan. Start er een met: thorbecke scan MAP --db DATABASE.");

    /// <summary>The "not found" answer of the page handlers, with the reason in Dutch.</summary>
    public static IResult NotFound(HttpContext http, string message) =>
        Html.Page(Render(PageContext.From(http), "Niet gevonden", message), StatusCodes.Status404NotFound);

    /// <summary>The answer of a page handler while the database has no finished scan.</summary>
    public static IResult NoScanFound(HttpContext http) =>
        Html.Page(NoScan(PageContext.From(http)), StatusCodes.Status404NotFound);
}
