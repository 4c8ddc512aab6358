using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Testing;

namespace Thorbecke.Finance.Tests.Files;

public class ScenarioCatalogTests
{
    private const string Basis = "id: basis\ntitle: Basis\nnormering: bbp\nyears: {from: 2025, to: 2027}\n";

    [Fact]
    public void Should_find_scenarios_in_subfolders_with_the_baseline_first_and_broken_files_last()
    {
        using var folder = new TempFolder();
        folder.Write("a/partij.yaml", "id: partij\nextends: ../basis.yaml\nnormering: bbp\nyears: {from: 2025, to: 2027}\n");
        folder.Write("basis.yaml", Basis);
        folder.Write("b/kapot.yml", "id: kapot\nnormering: bbp\nyears: {from: 2025, to: 2027}\nlevers:\n  - kind: extra\n    justification: x\n    amounts: {2026: veel}\n");
        folder.Write("notities.txt", "geen scenario");

        var entries = ScenarioCatalog.Load(folder.Path);

        Assert.Equal(["basis.yaml", "a/partij.yaml", "b/kapot.yml"], entries.Select(e => e.File));
        Assert.Equal(["basis", "partij", null], entries.Select(e => e.Id));
        Assert.Equal("../basis.yaml", entries[1].Scenario!.Extends);
        var broken = entries[2];
        Assert.False(broken.IsUsable);
        Assert.Equal("b/kapot.yml", broken.ProblemFile);
        Assert.Contains(broken.Problems, p => p.StartsWith("regel 7,", StringComparison.Ordinal) && p.Contains("levers[1].amounts.2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_name_the_extended_file_when_the_problem_is_there()
    {
        using var folder = new TempFolder();
        folder.Write("basis.yaml", "id: basis\nnormering: onbekend\nyears: {from: 2025, to: 2027}\n");
        folder.Write("partij.yaml", "id: partij\nextends: basis.yaml\nnormering: bbp\nyears: {from: 2025, to: 2027}\n");

        var entries = ScenarioCatalog.Load(folder.Path);

        Assert.All(entries, e => Assert.Equal("basis.yaml", e.ProblemFile));
    }

    [Fact]
    public void Should_refuse_a_second_file_with_an_id_already_taken()
    {
        using var folder = new TempFolder();
        folder.Write("basis.yaml", Basis);
        folder.Write("kopie.yaml", Basis);

        var entries = ScenarioCatalog.Load(folder.Path);

        Assert.True(entries[0].IsUsable);
        Assert.Contains("al het id van basis.yaml", Assert.Single(entries[1].Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_find_nothing_in_a_folder_that_does_not_exist()
    {
        Assert.Empty(ScenarioCatalog.Load(Path.Combine(Path.GetTempPath(), "thorbecke-bestaat-niet", Guid.NewGuid().ToString("N"))));
    }
}
