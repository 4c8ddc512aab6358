using System.Text.RegularExpressions;
using Thorbecke.Reports.Money;

namespace Thorbecke.Reports.Tests.Money;

/// <summary>The sections the web app shows inside its own page: the same markup as the report file, and nothing a strict CSP blocks.</summary>
public class MoneyReportSectionsTests
{
    [Fact]
    public void Should_render_exactly_what_the_report_file_has_inside_main()
    {
        var report = MoneySamples.FullReport() with { GeneratedAt = new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero) };

        var sections = MoneyReportWriter.RenderSections(report);
        var document = MoneyReportWriter.Render(report);

        Assert.Contains($"<main>\n{WithoutCharts(sections)}</main>", WithoutCharts(document), StringComparison.Ordinal);
        Assert.StartsWith("<section id=\"overzicht\"", sections, StringComparison.Ordinal);
        Assert.Contains("<section id=\"gemeente\"", sections, StringComparison.Ordinal);
    }

    // ScottPlot numbers clip paths across renders, so two renders of one chart differ in their ids only.
    private static string WithoutCharts(string html) => Regex.Replace(html, "<svg .*?</svg>", "<svg/>", RegexOptions.Singleline);

    [Fact]
    public void Should_colour_the_scenario_swatches_with_classes_not_style_attributes()
    {
        var sections = MoneyReportWriter.RenderSections(MoneySamples.FullReport());

        Assert.DoesNotContain("style=", sections, StringComparison.Ordinal);
        Assert.Contains("<span class=\"dot s0\" aria-hidden=\"true\"></span>", sections, StringComparison.Ordinal);
        Assert.Contains("<span class=\"dot s1\" aria-hidden=\"true\"></span>", sections, StringComparison.Ordinal);
        Assert.Matches(@"\.dot\.s0 \{ background: #1f4e79; \}", MoneyReportWriter.Styles);
        Assert.Equal(10, Regex.Count(MoneyReportWriter.Styles, @"\.dot\.s\d \{ background: #[0-9a-f]{6}; \}"));
    }
}
