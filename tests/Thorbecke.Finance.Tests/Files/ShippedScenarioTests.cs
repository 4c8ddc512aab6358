using Thorbecke.Finance.Files.Inputs;
using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Finance.Projection;
using Thorbecke.Testing;

namespace Thorbecke.Finance.Tests.Files;

public class ShippedScenarioTests
{
    public static TheoryData<string> Scenarios() =>
        new(Directory.GetFiles(Path.Combine(RepoPaths.Root, "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path)));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Should_parse_and_project_on_the_built_in_inputs(string file)
    {
        var scenario = MoneyFiles.Scenario(Path.Combine(RepoPaths.Root, file)).Scenario;

        var projection = FundModel.Project(scenario, BuiltInInputs.Load().ForProjectionFrom(scenario.FromYear));

        Assert.Equal(Enumerable.Range(scenario.FromYear, scenario.ToYear - scenario.FromYear + 1), projection.Shown.Select(y => y.Year));
        Assert.All(projection.Shown, year => Assert.InRange(year.Total, 30_000_000_000m, 80_000_000_000m));
    }

    [Fact]
    public void Should_put_the_levers_of_the_extended_scenario_first()
    {
        var basis = MoneyFiles.Scenario(Path.Combine(RepoPaths.Root, "scenarios", "basis.yaml")).Scenario;
        var vng = MoneyFiles.Scenario(Path.Combine(RepoPaths.Root, "scenarios", "vng-inzet.yaml")).Scenario;

        Assert.Equal(basis.Levers.Select(l => l.Label), vng.Levers.Take(basis.Levers.Count).Select(l => l.Label));
        Assert.Contains(vng.Levers, l => l.Label == "Jeugdzorg volgens Van Ark");
    }

    [Fact]
    public void Should_refuse_scenarios_that_extend_each_other()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.yaml"), "id: a\nextends: b.yaml\nnormering: bbp\nyears: {from: 2025, to: 2026}\n");
        File.WriteAllText(folder.File("b.yaml"), "id: b\nextends: a.yaml\nnormering: bbp\nyears: {from: 2025, to: 2026}\n");

        var error = Assert.Throws<MoneyFileException>(() => MoneyFiles.Scenario(folder.File("a.yaml")));

        Assert.Contains("kring", Assert.Single(error.Problems));
    }
}
