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
            ["Partij Alpha", "alpha.pdf", "zorg-01", "Zorg en gezondheid", "Investeer in preventie, \"samen\" met gemeenten.", "partial", "deels", "nee", "partial",
             "0.556", "40; 41", "p. 40: Preventie, zorg en welzijn: \"voorkomen\" is beter. | p. 41: Gemeenten <krijgen> meer ruimte.", "Preventie wel, maar niet samen met gemeenten.", "", "", ""],
            rows[3]);
    }

    [Fact]
    public void Should_show_the_reviewed_verdict_with_its_quote_pages_comment_and_reviewer_beside_the_machine_verdict()
    {
        var report = SampleReports.SmallReviewed();

        var row = Named(Rows(report)).Single(r => r["ask"] == "financien-01" && r["bestand"] == "alpha.pdf");

        Assert.Equal("oppose", row["oordeel"]);
        Assert.Equal("verzet zich", row["oordeel_nl"]);
        Assert.Equal("ja", row["beoordeeld"]);
        Assert.Equal("support", row["machine_oordeel"]);
        Assert.Equal("13", row["paginas"]);
        Assert.Equal($"p. 13: {SampleReports.ReviewQuote}", row["citaten"]);
        Assert.Equal(SampleReports.ReviewComment, row["opmerking"]);
        Assert.Equal("anna", row["beoordeeld_door"]);
        Assert.Equal("2026-02-01 12:00", row["beoordeeld_op_utc"]);
        Assert.Equal("Het programma noemt de afschaffing letterlijk.", row["toelichting_machine"]);
    }

    [Fact]
    public void Should_keep_the_machine_quotes_when_the_reviewer_picked_none()
    {
        var report = SampleReports.Small();
        var machine = report.Results[2];
        report = report with
        {
            Reviews = [new Thorbecke.Core.Reviews.Review(machine.Ask, machine.Document, 1, Verdict.Support, false, [], "  ", "bert", DateTimeOffset.UnixEpoch)],
        };

        var row = Named(Rows(report)).Single(r => r["ask"] == machine.Ask && r["bestand"] == "alpha.pdf");

        Assert.Equal(["support", "ja", "partial", "40; 41"], [row["oordeel"], row["beoordeeld"], row["machine_oordeel"], row["paginas"]]);
        Assert.StartsWith("p. 40: Preventie", row["citaten"], StringComparison.Ordinal);
        Assert.Equal("", row["opmerking"]);
    }

    [Fact]
    public void Should_write_semicolons_and_decimal_commas_for_Dutch_Excel()
    {
        var report = SampleReports.SmallReviewed();
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(report, stream, CsvDialect.DutchExcel);
        var bytes = stream.ToArray();
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        var rows = CsvParser.Parse(text, ';');

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("partij;bestand;ask;", text, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(ResultsCsvWriter.Columns.Count, r.Count));
        var first = Named(rows)[0];
        Assert.Equal("0,825", first["zekerheid_machine"]);
        Assert.Equal(SampleReports.ReviewComment, first["opmerking"]);
        Assert.Equal("1", Named(rows).Single(r => r["bestand"] == "beta.docx" && r["ask"] == "zorg-01")["zekerheid_machine"]);
    }

    [Fact]
    public void Should_keep_commas_quotes_and_newlines_inside_one_field()
    {
        var rows = Rows(SampleReports.Small());

        var beta = rows.Single(r => r[1] == "beta.docx" && r[2] == "zorg-01");
        Assert.Equal("p. 7: Wij investeren fors in preventie\nsamen met gemeenten.", beta[11]);
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

            Assert.Equal("0.825", rows[1][9]);
            Assert.Equal("1", rows.Single(r => r[1] == "beta.docx" && r[2] == "zorg-01")[9]);
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

    [Theory]
    [InlineData("a,b", "a,b")]
    [InlineData("a;b", "\"a;b\"")]
    public void Should_quote_the_separator_of_the_dialect(string field, string expected)
    {
        Assert.Equal(expected, ResultsCsvWriter.Escape(field, ';'));
    }

    private static byte[] Write(Thorbecke.Core.Scanning.ScanReport report)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(report, stream);
        return stream.ToArray();
    }

    /// <summary>The data rows as column name to value, so tests read like the spreadsheet.</summary>
    private static List<Dictionary<string, string>> Named(List<List<string>> rows) =>
        rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();

    private static List<List<string>> Rows(Thorbecke.Core.Scanning.ScanReport report)
    {
        var bytes = Write(report);
        return CsvParser.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
