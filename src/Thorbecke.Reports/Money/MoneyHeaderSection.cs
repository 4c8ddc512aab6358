using Thorbecke.Core.Scanning;
using static Thorbecke.Reports.Html.HtmlText;

namespace Thorbecke.Reports.Money;

/// <summary>The report's header: title, date, what was compared, and the navigation.</summary>
internal static class MoneyHeaderSection
{
    public static void Write(TextWriter w, MoneyReport report, DateTimeOffset generatedAt)
    {
        var comparison = report.Comparison;
        var years = comparison.Years;
        var normeringen = comparison.Projections.Select(p => p.Scenario.Normering.Name).Distinct(StringComparer.Ordinal);
        w.WriteLine("<header class=\"masthead\">");
        w.WriteLine("<p class=\"kicker\">Thorbecke · gemeentefonds</p>");
        w.WriteLine($"<h1>{E(report.DisplayTitle)}</h1>");
        w.Write("<p class=\"meta\">");
        w.Write($"<span>{E(DutchDate(generatedAt))}</span>");
        w.Write($"<span>{Count(comparison.Projections.Count, "scenario", "scenario's")}</span>");
        if (years.Count > 0)
        {
            w.Write($"<span>{MoneyFormat.Year(years[0])}–{MoneyFormat.Year(years[^1])}</span>");
        }

        w.Write($"<span>Normering: {E(string.Join(", ", normeringen))}</span>");
        w.Write("<span>Bedragen in € mln, tenzij anders vermeld</span>");
        w.WriteLine("</p>");
        w.WriteLine("</header>");

        w.Write("<nav class=\"toc\" aria-label=\"Inhoud\"><a href=\"#overzicht\">Overzicht</a><a href=\"#aannames\">Aannames</a><a href=\"#scenarios\">Per scenario</a>");
        if (report.Municipality is not null)
        {
            w.Write("<a href=\"#gemeente\">Gemeente</a>");
        }

        if (report.Balance is { Count: > 0 })
        {
            w.Write("<a href=\"#disbalans\">Disbalans</a>");
        }

        w.WriteLine("</nav>");
    }

    public static void WriteFooter(TextWriter w) =>
        w.WriteLine($"<footer class=\"colophon\">Gemaakt met {ScanReport.Tool} {E(ScanReport.Version)}. "
            + "Een doorrekening is een verkenning: de uitkomst volgt uit de reeksen en keuzes die erin zijn gestopt.</footer>");
}
