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
}
