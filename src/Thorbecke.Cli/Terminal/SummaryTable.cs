using Spectre.Console;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Cli.Terminal;

/// <summary>The closing table of a scan: per document, how many asks it supports, partly supports or opposes.</summary>
internal static class SummaryTable
{
    public static void Write(ScanReport report)
    {
        if (report.Documents.Count == 0)
        {
            AnsiConsole.MarkupLine("[red]Geen enkel document kon worden gescand.[/]");
            return;
        }

        var table = new Table()
            .Title($"{Markup.Escape(report.Agenda.Title)}: {report.Agenda.Asks.Count} vragen")
            .AddColumn("partij")
            .AddColumn("document")
            .AddColumn(new TableColumn("[green]steunt[/]").RightAligned())
            .AddColumn(new TableColumn("[yellow]deels[/]").RightAligned())
            .AddColumn(new TableColumn("[red]verzet zich[/]").RightAligned())
            .AddColumn(new TableColumn("[grey]niet genoemd[/]").RightAligned());
        foreach (var document in report.Documents)
        {
            var verdicts = report.Results.Where(r => r.Document == document.Id).GroupBy(r => r.Verdict).ToDictionary(g => g.Key, g => g.Count());
            table.AddRow(
                Markup.Escape(document.Party),
                Markup.Escape(document.File),
                Count(verdicts, Verdict.Support),
                Count(verdicts, Verdict.Partial),
                Count(verdicts, Verdict.Oppose),
                Count(verdicts, Verdict.None));
        }

        if (!ScanDisplay.IsInteractive)
        {
            // Logs and pipes have no width; do not wrap party names there.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        }

        AnsiConsole.Write(table);
        if (report.Errors.Count > 0)
        {
            AnsiConsole.MarkupLine($"[red]{report.Errors.Count} bestand(en) konden niet worden gescand[/] (zie de meldingen hierboven).");
        }
    }

    private static string Count(Dictionary<Verdict, int> verdicts, Verdict verdict) =>
        verdicts.GetValueOrDefault(verdict).ToString(Formats.Dutch);
}
