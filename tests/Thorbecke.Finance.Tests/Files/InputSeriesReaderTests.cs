using Thorbecke.Finance.Files.Inputs;

namespace Thorbecke.Finance.Tests.Files;

public class InputSeriesReaderTests
{
    [Fact]
    public void Should_ship_figures_that_all_parse_and_name_a_source()
    {
        var inputs = BuiltInInputs.Load();

        Assert.All(inputs.Series.Values.SelectMany(s => s.Figures.Values), figure => Assert.NotEmpty(figure.Source));
        Assert.Equal(0.028m, inputs.Get(InputSeries.RealGdpGrowth).For(2017)!.Value);
        Assert.True(inputs.Get(InputSeries.GdpDeflator).For(2027)!.Uncertain);
    }

    [Fact]
    public void Should_convert_percentages_and_millions_and_let_a_user_file_override()
    {
        var user = InputSeriesReader.Parse("""
            series,year,value,source,uncertain
            prijs-bbp,2027,3.1,CPB augustusraming,nee
            algemene-uitkering,2026,44000,Meicirculaire,nee
            """).Value!;

        var merged = BuiltInInputs.Load().With(user);

        Assert.Equal(0.031m, merged.Get(InputSeries.GdpDeflator).For(2027)!.Value);
        Assert.Equal(0.02m, merged.Get(InputSeries.GdpDeflator).For(2028)!.Value);
        var inputs = merged.ForProjectionFrom(2026);
        Assert.Equal(2026, inputs.BaseYear);
        Assert.Equal(44_000_000_000m, inputs.BaseAmount.Value);
    }

    [Fact]
    public void Should_list_the_uncertain_figures_per_series_with_their_years_up_to_the_last_year_shown()
    {
        var inputs = InputSeriesReader.Parse("""
            series,year,value,source,uncertain
            prijs-bbp,2026,2.68,afgeleid,ja
            prijs-bbp,2027,2.0,aanname,ja
            prijs-bbp,2028,2.0,aanname,ja
            prijs-bbp,2030,2.0,aanname,ja
            prijs-bbp,2031,2.0,aanname,ja
            bbp-volume,2024,1.0,CBS,nee
            bbp-volume,2025,1.9,secundair,ja
            inwoners,2025,18044027,CBS,nee
            """).Value!;

        Assert.Equal(["bbp-volume 2025", "prijs-bbp 2026–2028, 2030"], inputs.Uncertain(2030));
    }

    [Theory]
    [InlineData("bbp,2027,3.1,bron,nee", "series", "onbekende reeks 'bbp'")]
    [InlineData("prijs-bbp,2027,3;1,bron,nee", "value", "geen getal")]
    [InlineData("prijs-bbp,2027,310,bron,nee", "value", "onaannemelijk")]
    [InlineData("prijs-bbp,jaar,3.1,bron,nee", "year", "geen jaartal")]
    [InlineData("prijs-bbp,2027,3.1,,nee", "source", "bron")]
    public void Should_name_the_line_and_column_of_a_bad_figure(string row, string field, string message)
    {
        var result = InputSeriesReader.Parse($"series,year,value,source,uncertain\n{row}\n");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, field), (problem.Line, problem.Field));
        Assert.Contains(message, problem.Message);
    }
}
