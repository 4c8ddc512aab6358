using Spectre.Console;
using Thorbecke.Core.Text;
using Thorbecke.Reports.Money;

namespace Thorbecke.Cli.Commands.Money;

/// <summary>Writes the HTML report and the chart files of a money run, when the user asked for them.</summary>
internal static class MoneyReportOutput
{
    public static void Write(string? reportPath, string? chartsFolder, MoneyReport report)
    {
        if (reportPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(reportPath))!);
            MoneyReportWriter.WriteFile(report, reportPath);
            AnsiConsole.MarkupLine($"Rapport geschreven: [blue]{Markup.Escape(reportPath)}[/]");
        }

        if (chartsFolder is not null)
        {
            var written = MoneyReportWriter.WriteCharts(report, chartsFolder);
            AnsiConsole.MarkupLine($"{Dutch.Count(written.Count, "grafiekbestand", "grafiekbestanden")} (PNG en SVG) geschreven in [blue]{Markup.Escape(chartsFolder)}[/]");
        }
    }
}
