using Spectre.Console;
using Thorbecke.Core.Text;
using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Projection;
using Thorbecke.Reports.Money;

namespace Thorbecke.Cli.Commands.Money;

/// <summary>Writes the HTML report and the chart files of a money run, when the user asked for them.</summary>
internal static class MoneyReportOutput
{
    public static void Write(string? reportPath, string? chartsFolder, ScenarioComparison comparison, MunicipalEffect? effect,
        IReadOnlyList<IReadOnlyList<BalanceYear>>? balances, IReadOnlyList<string> assumptions)
    {
        if (reportPath is null && chartsFolder is null)
        {
            return;
        }

        // The disbalans is shown for the last scenario: in a run that is the scenario itself, in a comparison the newest proposal.
        var report = new MoneyReport(comparison)
        {
            GeneratedAt = DateTimeOffset.Now,
            Municipality = effect,
            Balance = balances?[^1],
            BalanceScenario = balances is null ? null : comparison.Projections[^1].Scenario,
            Assumptions = assumptions,
        };
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
