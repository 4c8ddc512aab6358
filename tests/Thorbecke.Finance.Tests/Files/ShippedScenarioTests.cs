using Thorbecke.Finance.Files.Inputs;
using Thorbecke.Finance.Files.Scenarios;
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
        var result = ScenarioParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, file)));
        Assert.Empty(result.Problems);
        var scenario = result.Value!.Scenario;

        var projection = FundModel.Project(scenario, BuiltInInputs.Load().ForProjectionFrom(scenario.FromYear));

        Assert.Equal(Enumerable.Range(scenario.FromYear, scenario.ToYear - scenario.FromYear + 1), projection.Shown.Select(y => y.Year));
        Assert.All(projection.Shown, year => Assert.InRange(year.Total, 30_000_000_000m, 80_000_000_000m));
    }
}
