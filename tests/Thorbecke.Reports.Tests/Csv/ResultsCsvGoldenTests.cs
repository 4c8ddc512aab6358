using System.Text;
using Thorbecke.Reports.Csv;

namespace Thorbecke.Reports.Tests.Csv;

/// <summary>The CSV export, byte for byte after its BOM, in both dialects; the expected files are in Golden/.</summary>
public class ResultsCsvGoldenTests
{
    [Fact]
    public void Should_match_the_committed_standard_csv_of_a_small_reviewed_scan()
    {
        Golden.Verify(Write(CsvDialect.Standard), "results-small-reviewed.csv");
    }

    [Fact]
    public void Should_match_the_committed_Dutch_Excel_csv_of_a_small_reviewed_scan()
    {
        Golden.Verify(Write(CsvDialect.DutchExcel), "results-small-reviewed-excel-nl.csv");
    }

    private static string Write(CsvDialect dialect)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(SampleReports.SmallReviewed(), stream, dialect);
        var bytes = stream.ToArray();

        // The BOM has its own test; the expected file is plain UTF-8 so its diff reads well.
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
