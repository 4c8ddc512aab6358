using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Thorbecke.Reports.Xlsx;

namespace Thorbecke.Reports.Tests.Xlsx;

/// <summary>The workbook is read back with the Open XML SDK, an implementation independent of the writer.</summary>
public sealed class ResultsXlsxWriterTests
{
    private static (List<IReadOnlyList<string>> Results, List<IReadOnlyList<string>> Matrix, IReadOnlyList<ValidationErrorInfo> Errors) Read(Core.Scanning.ScanReport report)
    {
        using var stream = new MemoryStream();
        ResultsXlsxWriter.Write(report, stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        return (Sheet(document, ResultsXlsxWriter.ResultsSheet), Sheet(document, ResultsXlsxWriter.MatrixSheet), errors);
    }

    private static List<IReadOnlyList<string>> Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(row => (IReadOnlyList<string>)row.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
            .ToList();
    }

    [Fact]
    public void Should_write_a_valid_workbook_with_one_row_per_cell_under_Dutch_headers()
    {
        var report = SampleReports.Small();

        var (results, matrix, errors) = Read(report);

        Assert.Empty(errors);
        Assert.Equal(ResultsXlsxWriter.Columns, results[0]);
        Assert.Equal(report.Documents.Count * report.Agenda.Asks.Count, results.Count - 1);
        Assert.Equal(["Partij Alpha", "alpha.pdf", "financien-01", "Gemeentefinanciën"], results[1].Take(4));
        Assert.Equal(["steunt", "nee", "steunt", "0.825", "12", "p. 12: Wij schaffen de opschalingskorting af."], results[1].Skip(5).Take(6));
        Assert.Equal("p. 40: Preventie, zorg en welzijn: \"voorkomen\" is beter.\np. 41: Gemeenten <krijgen> meer ruimte.", results[3][10]);
        Assert.Equal(["Thema", "Ask", "Ask-tekst", "Partij Alpha", "Bèta-Beweging"], matrix[0]);
        Assert.Equal("niet genoemd", matrix[2][4]);
    }

    [Fact]
    public void Should_show_the_reviewed_verdict_quote_and_comment_and_keep_the_machine_verdict()
    {
        var report = SampleReports.SmallReviewed();

        var (results, matrix, errors) = Read(report);

        Assert.Empty(errors);
        Assert.Equal(["verzet zich", "ja", "steunt"], results[1].Skip(5).Take(3));
        Assert.Equal(["13", $"p. 13: {SampleReports.ReviewQuote}"], results[1].Skip(9).Take(2));
        Assert.Equal(["anna", "2026-02-01 12:00", SampleReports.ReviewComment], results[1].Skip(12));
        Assert.Equal("verzet zich" + ResultsXlsxWriter.ReviewedMark, matrix[1][3]);
        Assert.DoesNotContain(results.Skip(2), r => r[6] == "ja");
    }

    [Fact]
    public void Should_keep_formula_like_text_and_control_characters_harmless()
    {
        var report = SampleReports.Small();
        var first = report.Results[0];
        report = report with { Results = [first with { Rationale = "=HYPERLINK(\"x\")\u0001 en €" }, .. report.Results.Skip(1)] };

        var (results, _, errors) = Read(report);

        Assert.Empty(errors);
        Assert.Equal("=HYPERLINK(\"x\") en €", results[1][11]);
    }

    [Fact]
    public void Should_give_the_same_bytes_for_the_same_report()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        ResultsXlsxWriter.Write(SampleReports.Small(), first);
        ResultsXlsxWriter.Write(SampleReports.Small(), second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }
}
