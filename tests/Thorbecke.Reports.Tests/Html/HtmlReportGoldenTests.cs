using Thorbecke.Reports.Html;

namespace Thorbecke.Reports.Tests.Html;

/// <summary>The whole static report, byte for byte, so any change to what readers see shows in the diff of Golden/.</summary>
public class HtmlReportGoldenTests
{
    private static readonly HtmlReportOptions Fixed = new() { GeneratedAt = new DateTimeOffset(2026, 2, 3, 9, 30, 0, TimeSpan.Zero) };

    [Fact]
    public void Should_match_the_committed_report_of_a_small_reviewed_scan()
    {
        var report = SampleReports.SmallReviewed();

        Golden.Verify(HtmlReportWriter.Render(report, Fixed), "report-small-reviewed.html");
    }

    [Fact]
    public void Should_match_the_committed_report_when_one_party_has_two_documents()
    {
        var report = SampleReports.Small();
        var concept = SampleReports.Document("alpha-concept.pdf", "Partij Alpha", "Conceptprogramma Alpha 2025", "TK2025", 30);
        report = report with { Documents = [.. report.Documents, concept] };

        Golden.Verify(HtmlReportWriter.Render(report, Fixed with { IncludeFilterScript = false }), "report-two-of-one-party.html");
    }
}
