using Spectre.Console;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Scanning;
using Thorbecke.Testing.GoldenFiles;
using Thorbecke.Testing.Reports;

namespace Thorbecke.Cli.Tests.Terminal;

/// <summary>The table <c>scan</c> and <c>report</c> print at the end, on a console of fixed width without colour; expected text in Golden/.</summary>
public class SummaryTableTests
{
    [Fact]
    public void Should_match_the_committed_table_of_a_small_reviewed_scan()
    {
        Golden.Verify(Render(SampleReports.SmallReviewed()), "summary-small-reviewed.txt");
    }

    [Fact]
    public void Should_count_the_reviewed_verdict_instead_of_the_machine_one()
    {
        var machine = Render(SampleReports.Small());
        var reviewed = Render(SampleReports.SmallReviewed());

        // Alpha's financien-01 goes from support to oppose under review: one fewer "steunt", one more "verzet zich".
        Assert.Contains("│ Partij Alpha  │ alpha.pdf │      1 │     1 │           0 │            1 │", machine, StringComparison.Ordinal);
        Assert.Contains("│ Partij Alpha  │ alpha.pdf │      0 │     1 │           1 │            1 │", reviewed, StringComparison.Ordinal);
        Assert.DoesNotContain("beoordeeld door een analist", machine, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_so_when_no_document_could_be_scanned()
    {
        var report = SampleReports.Small() with { Documents = [], Results = [] };

        Assert.Equal("Geen enkel document kon worden gescand.\n", Render(report));
    }

    private static string Render(ScanReport report)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 100;
        console.Profile.Capabilities.Unicode = true;

        SummaryTable.Write(report, console);
        return output.ToString().ReplaceLineEndings("\n");
    }
}
