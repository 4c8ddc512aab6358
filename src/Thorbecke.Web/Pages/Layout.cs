using System.Globalization;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Web.Pages;

/// <summary>The frame of every page: the report's look (report.css plus web.css), navigation, the user and logout.</summary>
internal static class Layout
{
    /// <param name="page">Who is looking.</param>
    /// <param name="title">The page title.</param>
    /// <param name="body">Writes the page's main content.</param>
    /// <param name="refreshSeconds">Reload the page after this many seconds (progress without scripts); never when null.</param>
    public static string Render(PageContext page, string title, Action<TextWriter> body, int? refreshSeconds = null)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"nl\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        if (refreshSeconds is { } seconds)
        {
            w.WriteLine($"<meta http-equiv=\"refresh\" content=\"{Html.Number(seconds)}\">");
        }

        w.WriteLine($"<title>{Html.E(title)} – Thorbecke</title>");
        w.WriteLine($"<link rel=\"stylesheet\" href=\"{Stylesheet.Path}\">");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine("<div class=\"sheet\">");
        if (page.User is not null)
        {
            w.WriteLine("<nav class=\"toc app-nav\" aria-label=\"Navigatie\">");
            w.WriteLine("<a href=\"/\">Overzicht</a><a href=\"/beoordelen\">Beoordelen</a><a href=\"/nieuw\">Nieuw</a><a href=\"/documenten\">Documenten</a><a href=\"/zoeken\">Zoeken</a><a href=\"/vergelijken\">Vergelijken</a><a href=\"/geld\">Geld</a><a href=\"/toevoegen\">Toevoegen</a><a href=\"/export\">Exporteren</a>");
            w.WriteLine($"<form method=\"post\" action=\"/uitloggen\" class=\"logout\">{page.TokenField}"
                + $"<span class=\"who\">{Html.E(page.User)} · {(page.MayReview ? "mag beoordelen" : "alleen lezen")}</span>"
                + "<button type=\"submit\" class=\"link\">Uitloggen</button></form>");
            w.WriteLine("</nav>");
        }

        w.WriteLine("<main>");
        body(w);
        w.WriteLine("</main>");
        w.WriteLine($"<footer class=\"colophon\">{ScanReport.Tool} {Html.E(ScanReport.Version)} · "
            + "Oordelen van de machine zijn een startpunt; ✎ markeert een oordeel van een analist.</footer>");
        w.WriteLine("</div>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
        return w.ToString();
    }
}
