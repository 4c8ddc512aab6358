namespace Thorbecke.Reports.Html;

/// <summary>The files that could not be read, so a reader knows which parties are missing from the matrix.</summary>
internal static class HtmlErrorsSection
{
    public static void Write(TextWriter w, HtmlReportContext context)
    {
        var errors = context.Grid.Report.Errors;
        if (errors.Count == 0)
        {
            return;
        }

        w.WriteLine("<section id=\"fouten\" class=\"block errors\">");
        w.WriteLine("<h2>Bestanden die niet gelezen konden worden</h2>");
        w.WriteLine("<p class=\"lead\">Deze bestanden ontbreken in het overzicht hierboven.</p>");
        w.WriteLine("<table class=\"summary\"><thead><tr><th scope=\"col\">Bestand</th><th scope=\"col\">Reden</th></tr></thead><tbody>");
        foreach (var error in errors)
        {
            w.WriteLine($"<tr><th scope=\"row\"><code>{HtmlText.E(error.File)}</code></th><td>{HtmlText.E(error.Message)}</td></tr>");
        }

        w.WriteLine("</tbody></table>");
        w.WriteLine("</section>");
    }
}
