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
}
