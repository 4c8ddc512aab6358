using Thorbecke.Testing;
using Thorbecke.Testing.Hostile;

namespace Thorbecke.Cli.Tests;

/// <summary>
/// An agenda or scenario built to overflow the stack ends the command with exit code 2 and a Dutch message that
/// names the file, never with a crash; nothing is computed or scanned.
/// </summary>
public sealed class HostileYamlTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_refuse_a_scenario_nested_100000_levels_deep_with_exit_code_2()
    {
        var scenario = folder.Write("diep.yaml", HostileYaml.NestedLists("id: diep\nnormering: bbp\nyears: {from: 2025, to: 2030}\nlevers: ", 100_000));

        var run = CliProcess.Run(folder.Path, "money", "run", scenario, "--report", "geld.html");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"Fout in {scenario}; er is niets berekend:", run.Error, StringComparison.Ordinal);
        Assert.Contains("regel 4, kolom 72: het bestand is dieper genest dan 64 niveaus", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack overflow", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Path.Combine(folder.Path, "geld.html")));
    }

    [Fact]
    public void Should_refuse_an_alias_bomb_scenario_with_exit_code_2()
    {
        var scenario = folder.Write("bom.yaml", HostileYaml.AliasBomb("id: bom\nnormering: bbp\nyears: {from: 2025, to: 2030}\n"));

        var run = CliProcess.Run(folder.Path, "money", "run", scenario);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("meer dan 10 keer naar een anker", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("show")]
    public void Should_refuse_a_deep_agenda_in_the_agenda_command_with_exit_code_2(string subcommand)
    {
        var agenda = folder.Write("diep.yaml", HostileYaml.NestedLists("id: diep\nasks: ", 100_000));

        var run = CliProcess.Run(folder.Path, "agenda", subcommand, agenda);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("diep.yaml", run.Error, StringComparison.Ordinal);
        Assert.Contains("dieper genest dan 64 niveaus", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_deep_agenda_before_scanning_with_exit_code_2()
    {
        var agenda = folder.Write("diep.json", HostileYaml.NestedObjects("{\"id\": \"diep\", \"asks\": ", 100_000));
        var document = folder.Write("programma.txt", "Wonen\n\nWij bouwen meer sociale huurwoningen.\n");
        var database = Path.Combine(folder.Path, "t.db");

        var run = CliProcess.Run(folder.Path, "scan", "--agenda", agenda, "--db", database, document);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"Fout: {agenda}, regel 1, kolom ", run.Error, StringComparison.Ordinal);
        Assert.Contains("dieper genest dan 64 niveaus", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void Should_refuse_a_5_MB_agenda_without_reading_it()
    {
        var agenda = folder.Write("groot.yaml", HostileYaml.Padded("id: groot\nasks: []", 5 * 1024 * 1024));

        var run = CliProcess.Run(folder.Path, "agenda", "validate", agenda);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("groot.yaml:1:1: het bestand is te groot (5 MB; hoogstens 4 MB)", run.Error, StringComparison.Ordinal);
    }
}
