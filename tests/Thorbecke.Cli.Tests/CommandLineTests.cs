using System.Text.Json;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>A mistyped command line stops with a Dutch message and exit code 2 before anything is read or stored.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_refuse_a_mistyped_option_instead_of_scanning_it_as_a_path()
    {
        var input = folder.Write("programma.txt", "Wij bouwen meer woningen.\n");

        var run = CliProcess.Run(folder.Path, "scan", "--db", folder.File("t.db"), "--raport", folder.File("x.html"), input);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Fout: onbekende optie '--raport'. Bedoelde u --report?", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("te scannen", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("t.db")), "nothing may be scanned or stored");
        Assert.False(File.Exists(folder.File("x.html")));
    }

    [Fact]
    public void Should_point_to_the_help_when_no_option_is_close()
    {
        var run = CliProcess.Run(folder.Path, "report", "--bestaat-niet");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("onbekende optie '--bestaat-niet'. Gebruik 'thorbecke report --help' voor de mogelijkheden.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_scan_a_file_whose_name_starts_with_a_dash_after_a_double_dash()
    {
        folder.Write("-notities.txt", "Wij schaffen de opschalingskorting af.\n");

        var run = CliProcess.Run(folder.Path, "scan", "--db", folder.File("t.db"), "--out", "r.json", "--", "-notities.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 bestand te scannen.", run.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("r.json")));
        Assert.Equal("-notities.txt", json.RootElement.GetProperty("documents")[0].GetProperty("file").GetString());
    }
}
