using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;
using Thorbecke.Reports.Money;

namespace Thorbecke.Reports.Tests.Money;

public partial class MoneyChartsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> ChartNames => ["fondsomvang", "verschil-met-basis", "gemeente", "disbalans"];

    private static MoneyChart Chart(string name) => MoneyCharts.For(MoneySamples.FullReport()).Single(c => c.FileName == name);

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Should_render_a_png_of_the_fixed_size(string name)
    {
        var png = Chart(name).ToPng();

        Assert.Equal(PngSignature, png.Take(PngSignature.Length));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(MoneyChart.Width, bitmap.Width);
        Assert.Equal(MoneyChart.Height, bitmap.Height);
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Should_render_well_formed_svg_with_its_dutch_title(string name)
    {
        var chart = Chart(name);

        var texts = Texts(XDocument.Parse(chart.ToSvg()));

        Assert.Contains(chart.Title, texts);
    }

    [Fact]
    public void Should_name_every_scenario_in_the_fund_chart()
    {
        var texts = Texts(XDocument.Parse(MoneyCharts.FundSize(MoneySamples.ThreeScenarios()).ToSvg()));

        Assert.Contains("Algemene uitkering per scenario", texts);
        Assert.Contains("Algemene uitkering (€ mld)", texts);
        Assert.Contains("Basispad", texts);
        Assert.Contains("Extra jeugdzorg & korting", texts);
        Assert.Contains("Accres bevroren", texts);
    }

    [Fact]
    public void Should_label_every_year_once_and_amounts_the_dutch_way()
    {
        var texts = Texts(XDocument.Parse(MoneyCharts.DifferenceWithBaseline(MoneySamples.ThreeScenarios()).ToSvg()));

        Assert.Equal(["2026", "2027", "2028", "2029", "2030"], texts.Where(t => YearPattern().IsMatch(t)));
        Assert.Contains(texts, t => DutchThousands().IsMatch(t));
        Assert.DoesNotContain(texts, t => EnglishDecimal().IsMatch(t));
        Assert.Contains("Verschil (€ mln)", texts);
    }

    [Fact]
    public void Should_label_the_municipality_chart_as_an_approximation()
    {
        var chart = MoneyCharts.Municipality(MoneySamples.FullReport().Municipality!);

        Assert.Contains("benadering (naar inwonertal)", chart.Title, StringComparison.Ordinal);
        Assert.Contains(chart.Title, Texts(XDocument.Parse(chart.ToSvg())));
    }

    [Fact]
    public void Should_leave_out_the_difference_chart_for_a_single_scenario()
    {
        var report = new Reports.Money.MoneyReport(MoneySamples.Comparison(MoneySamples.Baseline()));

        Assert.Equal(["fondsomvang"], MoneyCharts.For(report).Select(c => c.FileName));
    }

    [Fact]
    public void Should_save_every_chart_as_png_and_svg()
    {
        var folder = Path.Combine(Path.GetTempPath(), "thorbecke-money-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = MoneyReportWriter.WriteCharts(MoneySamples.FullReport(), Path.Combine(folder, "grafieken"));

            Assert.Equal(8, paths.Count);
            Assert.Contains(Path.Combine(folder, "grafieken", "disbalans.svg"), paths);
            Assert.All(paths, p => Assert.True(new FileInfo(p).Length > 1000, p));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Texts(XDocument svg) =>
        svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex DutchThousands();

    [GeneratedRegex(@"^-?\d+\.\d{1,2}$")]
    private static partial Regex EnglishDecimal();
}
