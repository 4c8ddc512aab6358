using System.Globalization;
using System.Text;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Csv;

namespace Thorbecke.Reports.Tests.Csv;

public class ResultsCsvWriterTests
{
    [Fact]
    public void Should_start_with_a_utf8_bom_so_excel_shows_accents()
    {
        var bytes = Write(SampleReports.Small());

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("Bèta-Beweging", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_a_header_and_one_row_per_document_and_ask()
    {
        var report = SampleReports.Small();

        var rows = Rows(report);

        Assert.Equal(ResultsCsvWriter.Columns, rows[0]);
        Assert.Equal(1 + (report.Documents.Count * report.Agenda.Asks.Count), rows.Count);
        Assert.All(rows, r => Assert.Equal(ResultsCsvWriter.Columns.Count, r.Count));
        Assert.Equal(
            ["Partij Alpha", "alpha.pdf", "zorg-01", "Zorg en gezondheid", "Investeer in preventie, \"samen\" met gemeenten.", "partial", "deels",
             "0.556", "40; 41", "Preventie, zorg en welzijn: \"voorkomen\" is beter.", "Preventie wel, maar niet samen met gemeenten.", "", ""],
            rows[3]);
    }

    [Fact]
    public void Should_show_the_reviewed_verdict_with_the_reviewer_and_the_machine_verdict()
    {
        var report = SampleReports.Small();
        var machine = report.Results[2];
        report = report with
        {
            Reviews = [new Thorbecke.Core.Reviews.Review(machine.Ask, machine.Document, 1, Thorbecke.Core.Verdicts.Verdict.Oppose, false, [], null, "anna", DateTimeOffset.UnixEpoch)],
        };

        var row = Rows(report).Single(r => r[2] == machine.Ask && r[1] == report.Documents.Single(d => d.Id == machine.Document).File);

        Assert.Equal(["oppose", "verzet zich"], row[5..7]);
        Assert.Equal(["anna", machine.Verdict.ToWire()], row[^2..]);
    }

    [Fact]
    public void Should_keep_commas_quotes_and_newlines_inside_one_field()
    {
        var rows = Rows(SampleReports.Small());

        var beta = rows.Single(r => r[1] == "beta.docx" && r[2] == "zorg-01");
        Assert.Equal("Wij investeren fors in preventie\nsamen met gemeenten.", beta[9]);
        Assert.Equal("Bèta-Beweging", beta[0]);
    }

    [Fact]
    public void Should_write_numbers_with_a_point_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");

            var rows = Rows(SampleReports.Small());

            Assert.Equal("0.825", rows[1][7]);
            Assert.Equal("1", rows.Single(r => r[1] == "beta.docx" && r[2] == "zorg-01")[7]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("zij zei \"nee\"", "\"zij zei \"\"nee\"\"\"")]
    [InlineData("regel 1\nregel 2", "\"regel 1\nregel 2\"")]
    [InlineData("regel 1\r\nregel 2", "\"regel 1\r\nregel 2\"")]
    [InlineData("", "")]
    public void Should_quote_only_fields_that_need_it(string field, string expected)
    {
        Assert.Equal(expected, ResultsCsvWriter.Escape(field));
    }

    private static byte[] Write(Thorbecke.Core.Scanning.ScanReport report)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(report, stream);
        return stream.ToArray();
    }

    private static List<List<string>> Rows(Thorbecke.Core.Scanning.ScanReport report)
    {
        var bytes = Write(report);
        return CsvParser.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
