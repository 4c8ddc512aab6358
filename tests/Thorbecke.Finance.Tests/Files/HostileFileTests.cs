using System.Diagnostics;
using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Testing;
using Thorbecke.Testing.Hostile;

namespace Thorbecke.Finance.Tests.Files;

/// <summary>
/// Scenario and table files built to exhaust the stack, memory or time are refused with a Dutch reason that names
/// the file, fast, and marked as refused (the CLI exits 2 for them); a folder with one keeps its other scenarios.
/// </summary>
public class HostileFileTests
{
    private const string Head = "id: vijandig\nnormering: bbp\nyears: {from: 2025, to: 2030}\nlevers: ";

    public static TheoryData<string, string, string> Hostile()
    {
        var files = new TheoryData<string, string, string>();
        foreach (var (name, text, reason) in HostileYaml.Files(Head))
        {
            files.Add(name, text, reason);
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Should_refuse_a_hostile_scenario_with_a_Dutch_reason_quickly(string name, string text, string reason)
    {
        var clock = Stopwatch.StartNew();

        var result = ScenarioParser.Parse(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{name}: {clock.Elapsed}");
        Assert.False(result.Succeeded);
        Assert.True(result.Refused, name);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.Matches(@"^regel \d+, kolom \d+: ", problem.ToString());
    }

    [Fact]
    public void Should_refuse_a_5_MB_scenario_file_without_reading_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("groot.yaml"), HostileYaml.Padded(Head + "[]", 5 * 1024 * 1024));

        var error = Assert.Throws<MoneyFileException>(() => MoneyFiles.Scenario(folder.File("groot.yaml")));

        Assert.True(error.Refused);
        Assert.EndsWith("groot.yaml", error.Path, StringComparison.Ordinal);
        Assert.Equal("het bestand is te groot (5 MB; hoogstens 4 MB)", Assert.Single(error.Problems));
    }

    [Theory]
    [InlineData("gemeenten.csv")]
    [InlineData("taken.csv")]
    [InlineData("maatstaven.csv")]
    [InlineData("invoer.csv")]
    public void Should_refuse_a_table_over_16_MB_without_reading_it(string name)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        using (var file = File.Create(path))
        {
            file.SetLength(17L * 1024 * 1024);
        }

        var error = Assert.Throws<MoneyFileException>(() => Read(name, path));

        Assert.True(error.Refused);
        Assert.Equal("het bestand is te groot (17 MB; een tabel mag hoogstens 16 MB zijn)", Assert.Single(error.Problems));
    }

    [Fact]
    public void Should_keep_the_good_scenarios_of_a_folder_beside_a_hostile_one()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("basis.yaml"), "id: basis\nnormering: bbp\nyears: {from: 2025, to: 2026}\n");
        File.WriteAllText(folder.File("diep.yaml"), HostileYaml.NestedLists(Head, 100_000));

        var entries = ScenarioCatalog.Load(folder.Path);

        Assert.Equal(["basis"], entries.Where(e => e.IsUsable).Select(e => e.Id));
        var broken = Assert.Single(entries, e => !e.IsUsable);
        Assert.Equal("diep.yaml", broken.File);
        Assert.Contains("dieper genest dan 64 niveaus", Assert.Single(broken.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_explain_a_syntax_error_in_Dutch_without_an_empty_field_name()
    {
        var result = ScenarioParser.Parse("id: x\nnormering: bbp\nyears: {from: 2025, to: 2030\n");

        var problem = Assert.Single(result.Problems);
        Assert.False(result.Refused);
        Assert.Equal("regel 4, kolom 1: het bestand is geen geldige JSON of YAML: in een object tussen { en } hoort na elk veld een komma of de sluitende }",
            problem.ToString());
    }

    private static object Read(string name, string path) => name switch
    {
        "gemeenten.csv" => MoneyFiles.Municipalities(path),
        "taken.csv" => MoneyFiles.CostDomains(path),
        "maatstaven.csv" => MoneyFiles.Maatstaven(path),
        _ => MoneyFiles.Inputs(path),
    };
}
