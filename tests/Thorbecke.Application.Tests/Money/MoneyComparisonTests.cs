using Thorbecke.Application.Money;
using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Testing;

namespace Thorbecke.Application.Tests.Money;

/// <summary>The money comparison the CLI and the web app share.</summary>
public sealed class MoneyComparisonTests
{
    private static readonly string Scenarios = Path.Combine(RepoPaths.Root, "scenarios");
    private static readonly string Tables = Path.Combine(RepoPaths.Root, "samples", "geld");

    [Fact]
    public void Should_show_the_balance_of_the_last_scenario_the_newest_proposal()
    {
        var result = MoneyComparison.Compare(Case(["basis.yaml", "vng-inzet.yaml"]) with { Domains = MoneyFiles.CostDomains(Path.Combine(Tables, "taken.csv")) });

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Balances!.Count);
        Assert.Equal(result.Projections[^1].Scenario, result.Report!.BalanceScenario);
        Assert.Same(result.Balances[^1], result.Report.Balance);
    }

    [Fact]
    public void Should_name_a_municipality_that_is_not_in_the_table_and_still_compare()
    {
        var result = MoneyComparison.Compare(Case(["basis.yaml", "vng-inzet.yaml"]) with
        {
            Municipalities = MoneyFiles.Municipalities(Path.Combine(Tables, "gemeenten.csv")),
            Municipality = " Atlantis ",
        });

        Assert.Equal(["Gemeente 'Atlantis' staat niet in de tabel met gemeenten."], result.Problems);
        Assert.Null(result.Report!.Municipality);
        Assert.True(result.Report.IsComparison);
    }

    private static MoneyCase Case(IReadOnlyList<string> files) => new(
        [.. files.Select(f => (f, MoneyFiles.Scenario(Path.Combine(Scenarios, f)).Scenario))],
        MoneyFiles.Inputs(null));
}
