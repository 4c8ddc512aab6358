using Spectre.Console;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports;

namespace Thorbecke.Cli.Terminal;

/// <summary>
/// The closing table of a scan: per document, how many asks it supports, partly supports or opposes. Reviewed verdicts
/// count, as in every output.
/// </summary>
internal static class SummaryTable
{
    public static void Write(ScanReport report)
    {
        if (!ScanDisplay.IsInteractive)
        {
            // Logs and pipes have no width; do not wrap party names there.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        }

        Write(report, AnsiConsole.Console);
    }

    /// <summary>Writes the table to <paramref name="console"/>, whose width and colours decide the look; tests pass a fixed one.</summary>
    public static void Write(ScanReport report, IAnsiConsole console)
    {
        if (report.Documents.Count == 0)
        {
            console.MarkupLine("[red]Geen enkel document kon worden gescand.[/]");
            return;
        }

        var grid = ResultGrid.For(report);
        var table = new Table()
            .Title($"{Markup.Escape(report.Agenda.Title)}: {Dutch.Count(report.Agenda.Asks.Count, "vraag", "vragen")}")
            .AddColumn("partij")
            .AddColumn("document")
            .AddColumn(new TableColumn("[green]steunt[/]").RightAligned())
            .AddColumn(new TableColumn("[yellow]deels[/]").RightAligned())
            .AddColumn(new TableColumn("[red]verzet zich[/]").RightAligned())
            .AddColumn(new TableColumn("[grey]niet genoemd[/]").RightAligned());
        foreach (var document in report.Documents)
        {
            var verdicts = grid.CountVerdicts(document);
            table.AddRow(
                Markup.Escape(document.Party),
                Markup.Escape(document.File),
                Count(verdicts, Verdict.Support),
                Count(verdicts, Verdict.Partial),
                Count(verdicts, Verdict.Oppose),
                Count(verdicts, Verdict.None));
        }

        console.Write(table);
        var reviewed = grid.Rows().Count(row => row.Cell.IsReviewed);
        if (reviewed > 0)
        {
            console.MarkupLine($"{Dutch.Count(reviewed, "cel is", "cellen zijn")} beoordeeld door een analist; die oordelen tellen.");
        }

        if (report.Errors.Count > 0)
        {
            var failed = report.Errors.Count == 1 ? "1 bestand kon" : $"{Dutch.Count(report.Errors.Count, "bestand", "bestanden")} konden";
            console.MarkupLine($"[red]{failed} niet worden gescand[/] (zie de meldingen hierboven).");
        }
    }

    private static string Count(IReadOnlyDictionary<Verdict, int> verdicts, Verdict verdict) =>
        verdicts.GetValueOrDefault(verdict).ToString(Formats.Dutch);
}
