using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Projection;
using Thorbecke.Reports.Money;

namespace Thorbecke.Reports.Tests.Money;

public partial class MoneyReportWriterTests
{
    // An independent check of the Dutch number format: the culture's own data, not the writer's formatter.
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public void Should_show_every_scenario_and_every_year()
    {
        var report = MoneySamples.FullReport();

        var html = MoneyReportWriter.Render(report);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        foreach (var projection in report.Comparison.Projections)
        {
            Assert.Contains($"id=\"scenario-{projection.Scenario.Id}\"", html, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(projection.Scenario.Title), html, StringComparison.Ordinal);
        }

        foreach (var year in report.Comparison.Years)
        {
            // Each scenario's table of years has a row per year, and so does the municipality's and the balance's.
            Assert.Equal(report.Comparison.Projections.Count + 2, Regex.Count(html, $"<tr><th scope=\"row\">{year}</th>"));
        }
    }

    [Fact]
    public void Should_say_that_the_basispad_follows_the_Meicirculaire_and_name_each_assumed_figure()
    {
        var report = MoneySamples.FullReport() with { Assumptions = ["bbp-volume 2025–2028", "prijs-bbp 2026–2030"] };

        var html = MoneyReportWriter.Render(report);

        var section = Regex.Match(html, "<section id=\"aannames\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("Het basispad volgt de Meicirculaire 2025 tot en met 2029", section, StringComparison.Ordinal);
        Assert.Contains("De indexatie na 2029 is een aanname", section, StringComparison.Ordinal);
        Assert.Contains("Ook de verdeling per gemeente is een aanname", section, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"assumptions\"><li>bbp-volume 2025–2028</li><li>prijs-bbp 2026–2030</li></ul>", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#aannames\">Aannames</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_amounts_rates_and_amounts_per_inhabitant_the_dutch_way()
    {
        var report = MoneySamples.FullReport();
        var row = report.Comparison.Baseline.For(2030);

        var html = MoneyReportWriter.Render(report);

        Assert.Contains($">{Math.Round(row.Total / 1_000_000m, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", Dutch)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($">€ {Math.Round(row.PerInhabitant, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Dutch)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($">{(row.Rate.Total * 100).ToString("0.00", Dutch)}%</td>", html, StringComparison.Ordinal);
        Assert.Matches(@">\d{2}\.\d{3},\d</td>", html);
        Assert.DoesNotMatch(@"<td class=""num[^""]*"">[+-]?\d+\.\d</td>", html);
    }

    [Fact]
    public void Should_show_each_lever_with_its_kind_justification_and_amount_per_year()
    {
        var report = MoneySamples.FullReport();
        var indexed = report.Comparison.Projections[2].For(2027).Rate.Total;

        var html = MoneyReportWriter.Render(report);

        Assert.Contains("<th scope=\"row\">Jeugdzorg</th><td><span class=\"lever-kind\">extra bedrag</span></td>", html, StringComparison.Ordinal);
        Assert.Contains("Programma: &quot;structureel extra geld voor jeugdzorg&quot;.", html, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(html, "<td class=\"num gain\">\\+500,0</td>"));
        Assert.Contains("<td class=\"num loss\">-1.000,0</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"lever-kind\">accres vastgezet</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rate-note\">accres</span> 0,00%", html, StringComparison.Ordinal);
        // Indexation on costs keeps the volume part, so the accres it sets is more than the 3,5% cost growth.
        Assert.True(indexed > 0.035m);
        Assert.Contains($"<span class=\"rate-note\">accres</span> {(indexed * 100).ToString("0.00", Dutch)}%", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"lever-kind\">eenmalig bedrag</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_label_an_approximated_municipality_everywhere_it_is_shown()
    {
        var html = MoneyReportWriter.Render(MoneySamples.FullReport());

        var section = Section(html, "gemeente");
        Assert.Contains("Effect voor Utrecht", section, StringComparison.Ordinal);
        // The badge in the lead, the table caption, the chart's title (SVG text and aria-label) and its caption.
        Assert.True(Regex.Count(section, Regex.Escape("benadering (naar inwonertal)")) >= 5, section);
    }

    [Fact]
    public void Should_not_label_a_municipality_distributed_by_maatstaven_as_an_approximation()
    {
        var comparison = MoneySamples.ThreeScenarios();
        var report = new MoneyReport(comparison)
        {
            Municipality = MoneySamples.EffectByMaatstaven(comparison, "GM0344", MoneySamples.Municipalities(), MoneySamples.Maatstaven()),
        };

        var html = MoneyReportWriter.Render(report);

        Assert.Contains("Effect voor Utrecht", html, StringComparison.Ordinal);
        Assert.DoesNotContain("benadering", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_disbalans_per_domain()
    {
        var report = MoneySamples.FullReport();

        var section = Section(MoneyReportWriter.Render(report), "disbalans");

        foreach (var domain in new[] { "Jeugd", "Wmo", "Participatie" })
        {
            Assert.Contains($"Tekort {domain}", section, StringComparison.Ordinal);
        }

        var gap = report.Balance![^1].TotalGap;
        Assert.Contains($"{(gap > 0 ? "+" : "")}{Math.Round(gap / 1_000_000m, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", Dutch)}</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("id=\"grafiek-disbalans\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_reference_anything_outside_the_file()
    {
        var html = MoneyReportWriter.Render(MoneySamples.FullReport());

        Assert.DoesNotMatch(ExternalPattern(), html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, Regex.Count(html, "<svg class=\"chart\""));
    }

    [Fact]
    public void Should_inline_charts_as_well_formed_svg_with_ids_unique_in_the_page()
    {
        var html = MoneyReportWriter.Render(MoneySamples.FullReport());

        var svgs = SvgPattern().Matches(html).Select(m => XElement.Parse(m.Value)).ToList();
        Assert.Equal(4, svgs.Count);
        var ids = IdPattern().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var reference in UrlPattern().Matches(html).Select(m => m.Groups["id"].Value))
        {
            Assert.Contains(reference, ids);
        }
    }

    [Fact]
    public void Should_close_what_it_opens()
    {
        var html = MoneyReportWriter.Render(MoneySamples.FullReport());

        foreach (var tag in new[] { "section", "article", "table", "thead", "tbody", "tr", "figure", "svg", "div", "p", "h2", "h3" })
        {
            Assert.Equal(Regex.Count(html, $"<{tag}[ >]"), Regex.Count(html, $"</{tag}>"));
        }
    }

    [Fact]
    public void Should_escape_titles_labels_and_justifications()
    {
        var hostile = new Scenario("x", "<b>Plan & \"zo\"</b>", MoneySamples.Baseline().Normering, MoneySamples.From, MoneySamples.To,
            [AmountLever.Structural("<i>extra</i>", "<script>alert(1)</script>", MoneySamples.From, MoneySamples.To, 1_000_000m)]);
        var report = new MoneyReport(MoneySamples.Comparison(MoneySamples.Baseline(), hostile));

        var html = MoneyReportWriter.Render(report);

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Plan &amp; &quot;zo&quot;&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.All(SvgPattern().Matches(html), m => XElement.Parse(m.Value));
    }

    [Fact]
    public void Should_leave_out_differences_for_a_single_scenario()
    {
        var report = new MoneyReport(MoneySamples.Comparison(MoneySamples.YouthCare()));

        var html = MoneyReportWriter.Render(report);

        Assert.Contains("<h1>Gemeentefonds: Extra jeugdzorg &amp; korting</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Verschil", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<svg class=\"chart\""));
        Assert.DoesNotContain("id=\"gemeente\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"disbalans\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_a_utf8_file_without_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"thorbecke-money-{Guid.NewGuid():N}.html");
        try
        {
            MoneyReportWriter.WriteFile(MoneySamples.FullReport(), path);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            Assert.Contains("€ mln", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {id} missing");
        return html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length)];
    }

    [GeneratedRegex("(?:src|href)\\s*=\\s*\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalPattern();

    [GeneratedRegex("<svg class=\"chart\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"url\(#(?<id>[^)]+)\)")]
    private static partial Regex UrlPattern();
}
