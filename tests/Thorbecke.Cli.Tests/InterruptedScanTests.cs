using System.Diagnostics;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>A scan killed half way (SIGKILL) and run again ends with the same results as an uninterrupted scan.</summary>
[Collection(RealCorpus.Name)]
public sealed class InterruptedScanTests(CorpusScanFixture uninterrupted)
{
    [Fact]
    public void Should_give_the_same_results_after_a_kill_and_a_rerun()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "thorbecke.db");
        var killedResults = Path.Combine(folder.Path, "killed.json");

        var killedAfter = KillAfterFirstDocument(folder.Path, "scan", "--db", database, "--out", killedResults, RepoPaths.Corpus);
        Assert.False(File.Exists(killedResults), "the killed scan should not have written its results");
        Assert.StartsWith("[1/6]", killedAfter, StringComparison.Ordinal);

        var rerunResults = Path.Combine(folder.Path, "rerun.json");
        var rerun = CliProcess.Run(folder.Path, "scan", "--db", database, "--out", rerunResults, RepoPaths.Corpus);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(File.ReadAllText(uninterrupted.ResultsPath), File.ReadAllText(rerunResults));
    }

    /// <summary>Starts the program and kills it (SIGKILL) as soon as it reports its first finished file.</summary>
    private static string KillAfterFirstDocument(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(CliProcess.StartInfo(workingDirectory, args))!;
        _ = process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && !line.StartsWith("[1/", StringComparison.Ordinal))
        {
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.NotNull(line);
        Assert.NotEqual(0, process.ExitCode);
        return line;
    }
}
