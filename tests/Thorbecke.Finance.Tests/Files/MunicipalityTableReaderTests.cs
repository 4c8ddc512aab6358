using Thorbecke.Finance.Files.Municipalities;

namespace Thorbecke.Finance.Tests.Files;

public class MunicipalityTableReaderTests
{
    [Fact]
    public void Should_read_codes_names_inhabitants_and_further_maatstaven_with_semicolons()
    {
        var table = MunicipalityTableReader.Parse("""
            cbs_code;naam;inwoners;woonruimten
            GM0344;Utrecht;378278;170000
            GM0088;Schiermonnikoog;971;600
            """).Value!;

        Assert.Equal(["woonruimten"], table.MeasureNames);
        Assert.Equal(378_278m, table.Find("utrecht")!.Inhabitants);
        Assert.Equal(600m, table.Find("GM0088")!.Measure("woonruimten"));
    }

    [Theory]
    [InlineData("code,name\nGM1,A\n", 1, "de kolom 'inhabitants' ontbreekt")]
    [InlineData("code,name,inhabitants\nGM1,A,378.278\nGM2,B,veel\n", 3, "'veel' is geen getal")]
    [InlineData("code,name,inhabitants\nGM1,A,1\nGM1,B,2\n", 3, "twee keer")]
    public void Should_name_the_line_of_a_bad_row(string text, int line, string message)
    {
        var result = MunicipalityTableReader.Parse(text);

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Line == line && p.Message.Contains(message));
    }

    [Fact]
    public void Should_leave_text_columns_alone_and_name_the_header_line_after_comments()
    {
        var table = MunicipalityTableReader.Parse("code,naam,inwoners,provincie\nGM0344,Utrecht,378278,Utrecht\n").Value!;
        Assert.Empty(table.MeasureNames);

        var missing = MunicipalityTableReader.Parse("# toelichting\n# bron\ncode,naam\nGM1,A\n");
        Assert.Equal(3, Assert.Single(missing.Problems).Line);
    }

    [Theory]
    [InlineData("maatstaf,bpe,ozb,source\nwoz,0.001,Ja,bron\n", true)]
    [InlineData("maatstaf,bpe,ozb,source\nwoz,0.001,TRUE,bron\n", true)]
    [InlineData("maatstaf,bpe,ozb,source\ninwoners,374.88,,bron\n", false)]
    public void Should_read_the_ozb_flag_whatever_its_case(string text, bool isOzb)
    {
        Assert.Equal(isOzb, Assert.Single(MaatstafTableReader.Parse(text).Value!).IsOzb);
    }

    [Fact]
    public void Should_refuse_an_ozb_flag_that_is_neither_yes_nor_no()
    {
        var result = MaatstafTableReader.Parse("maatstaf,bpe,ozb,source\nwoz,0.001,misschien,bron\n");

        Assert.Null(result.Value);
        Assert.Contains("misschien", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData("domein,kosten,2026\njeugd,7400,6\njeugd,100,2\n", "twee keer")]
    [InlineData("domein,kosten,2026\n,7400,6\n", "ontbreekt")]
    [InlineData("domein,kosten,2026\njeugd,veel,zes\n", "'zes' is geen getal")]
    public void Should_refuse_bad_cost_domains_by_line(string text, string message)
    {
        var result = Thorbecke.Finance.Files.Balance.CostDomainTableReader.Parse(text);

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Message.Contains(message));
    }
}
