using System.Net;
using System.Text.RegularExpressions;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Html;

namespace Thorbecke.Reports.Tests.Html;

public partial class HtmlReportWriterTests
{
    private static readonly HtmlReportOptions Fixed = new() { GeneratedAt = new DateTimeOffset(2025, 3, 5, 10, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void Should_have_one_matrix_cell_per_ask_and_document()
    {
        var report = SampleReports.Full();

        var html = HtmlReportWriter.Render(report, Fixed);

        Assert.Equal(report.Documents.Count * report.Agenda.Asks.Count, CellPattern().Count(html));
        Assert.Equal(report.Agenda.Themes.Count, Regex.Count(html, "<tr class=\"theme-row\">"));
    }

    [Fact]
    public void Should_link_every_cell_to_an_entry_that_exists()
    {
        var html = HtmlReportWriter.Render(SampleReports.Full(), Fixed);

        var targets = CellPattern().Matches(html).Select(m => m.Groups["target"].Value).ToList();
        var ids = IdPattern().Matches(html).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(targets.Count, targets.Distinct(StringComparer.Ordinal).Count());
        Assert.All(targets, t => Assert.Contains(t, ids));
    }

    [Fact]
    public void Should_colour_each_cell_by_its_verdict_and_show_a_symbol()
    {
        var report = SampleReports.Small();

        var html = HtmlReportWriter.Render(report, Fixed);

        var cells = CellPattern().Matches(html).Select(m => (m.Groups["verdict"].Value, m.Groups["symbol"].Value)).ToList();
        // Row by row: each ask, then each document in report order.
        Assert.Equal([("support", "✓"), ("oppose", "✗"), ("none", "–"), ("none", "–"), ("partial", "◐"), ("support", "✓")], cells);
    }

    [Fact]
    public void Should_escape_text_from_documents()
    {
        var report = SampleReports.Small();
        var hostile = report with
        {
            Results = [.. report.Results.Select(r => r with
            {
                Evidence = [new Evidence(3, "<script>alert('x')</script> & \"meer\"", 1)],
                Rationale = "<img src=x onerror=alert(1)>",
            })],
        };

        var html = HtmlReportWriter.Render(hostile, Fixed with { IncludeFilterScript = false });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;meer&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_reference_anything_outside_the_file()
    {
        var html = HtmlReportWriter.Render(SampleReports.Full(), Fixed);

        Assert.DoesNotMatch(ExternalPattern(), html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_title_date_and_counts_in_dutch()
    {
        var html = HtmlReportWriter.Render(SampleReports.Full(), Fixed);

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>VNG-inzet Tweede Kamerverkiezingen 2025 en kabinetsformatie</h1>", html, StringComparison.Ordinal);
        Assert.Contains("5 maart 2025", html, StringComparison.Ordinal);
        Assert.Contains("3 documenten", html, StringComparison.Ordinal);
        Assert.Contains("12 asks in 3 thema's", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_confidence_rationale_and_quotes_with_page_numbers()
    {
        var html = HtmlReportWriter.Render(SampleReports.Small(), Fixed);

        Assert.Contains("zekerheid 82%", html, StringComparison.Ordinal);
        Assert.Contains("Het programma noemt de afschaffing letterlijk.", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote class=\"quote\"><p>Wij schaffen de opschalingskorting af.</p><footer>alpha.pdf, <span class=\"pageno\">p. 12</span>", html, StringComparison.Ordinal);
        Assert.Contains($"title=\"{WebUtility.HtmlEncode("Partij Alpha · financien-01: Steunt · zekerheid 82%")}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_reviewed_verdict_its_quote_and_comment_instead_of_the_machine()
    {
        var report = SampleReports.SmallReviewed();

        var html = HtmlReportWriter.Render(report, Fixed);

        var cells = CellPattern().Matches(html).Select(m => m.Groups["verdict"].Value).ToList();
        Assert.Equal(["oppose", "oppose", "none", "none", "partial", "support"], cells);
        Assert.Contains("<td class=\"cell v-oppose reviewed\">", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Partij Alpha · financien-01: Verzet zich · beoordeeld door anna (machine: steunt)"), html, StringComparison.Ordinal);
        Assert.Contains("✎ beoordeeld door anna op 1 februari 2026 · machine: steunt", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"comment\">Opmerking: {WebUtility.HtmlEncode(SampleReports.ReviewComment)}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<blockquote class=\"quote\"><p>{SampleReports.ReviewQuote}</p><footer>alpha.pdf, <span class=\"pageno\">p. 13</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wij schaffen de opschalingskorting af.", html, StringComparison.Ordinal);
        Assert.Contains("1 cel beoordeeld door een analist", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_count_reviewed_verdicts_in_the_totals_and_the_party_summary()
    {
        var machine = HtmlReportWriter.Render(SampleReports.Small(), Fixed);
        var reviewed = HtmlReportWriter.Render(SampleReports.SmallReviewed(), Fixed);

        Assert.Equal(["2", "1", "1", "2"], Totals(machine));
        Assert.Equal(["1", "1", "2", "2"], Totals(reviewed));
        Assert.Contains("Oordelen met ✎ zijn door een analist beoordeeld", reviewed, StringComparison.Ordinal);
        Assert.DoesNotContain("✎", machine, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_kind_of_each_document_in_Dutch_with_a_correct_plural_for_pages()
    {
        var report = SampleReports.Small();
        var single = report with { Documents = [report.Documents[0] with { Kind = "agreement", Pages = 1 }, report.Documents[1]] };

        var html = HtmlReportWriter.Render(single, Fixed);

        Assert.Contains("alpha.pdf · Coalitieakkoord of regeerakkoord · 1 pagina</small>", html, StringComparison.Ordinal);
        Assert.Contains("beta.docx · Verkiezingsprogramma · 12 pagina's</small>", html, StringComparison.Ordinal);
        Assert.Contains("1 bestand niet gelezen", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_list_files_that_could_not_be_read()
    {
        var html = HtmlReportWriter.Render(SampleReports.Small(), Fixed);

        Assert.Contains("id=\"fouten\"", html, StringComparison.Ordinal);
        Assert.Contains("<code>kapot.pdf</code></th><td>het bestand is versleuteld met een wachtwoord</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_out_the_error_section_when_every_file_was_read()
    {
        var report = SampleReports.Small() with { Errors = [] };

        var html = HtmlReportWriter.Render(report, Fixed);

        Assert.DoesNotContain("fouten", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_tell_apart_two_documents_of_one_party()
    {
        var report = SampleReports.Small();
        var twin = SampleReports.Document("alpha-concept.pdf", "Partij Alpha", "Concept", null, 10);
        var withTwin = report with { Documents = [.. report.Documents, twin] };

        var html = HtmlReportWriter.Render(withTwin, Fixed);

        Assert.Contains("<span>Partij Alpha (alpha)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>Partij Alpha (alpha-concept)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_filter_controls_hidden_until_the_script_runs()
    {
        var html = HtmlReportWriter.Render(SampleReports.Full(), Fixed);

        Assert.Contains("<form class=\"filter\" hidden", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<script>"));
    }

    [Fact]
    public void Should_write_a_file_that_starts_as_html_without_bom()
    {
        var path = Path.Combine(Path.GetTempPath(), $"thorbecke-{Guid.NewGuid():N}.html");
        try
        {
            HtmlReportWriter.WriteFile(SampleReports.Small(), path, Fixed);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal("<!DOCTYPE html>"u8.ToArray(), bytes[..15]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("<td class=\"cell v-(?<verdict>[a-z]+)(?: reviewed)?\"><a href=\"#(?<target>[^\"]+)\"[^>]*>(?<symbol>[^<]+)(?:<span class=\"mark\"[^>]*>✎</span>)?</a></td>")]
    private static partial Regex CellPattern();

    /// <summary>The header's totals per verdict, in legend order (steunt, deels, verzet zich, niet genoemd).</summary>
    private static List<string> Totals(string html) => TotalPattern().Matches(html).Select(m => m.Groups["count"].Value).ToList();

    [GeneratedRegex("<div class=\"total v-[a-z]+\"><dt>.*?</dt><dd>(?<count>[0-9]+)</dd></div>")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(" id=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("(?:src|href|action|srcset)\\s*=\\s*\"?\\s*(?:https?:)?//|url\\(\\s*['\"]?\\s*(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalPattern();
}
