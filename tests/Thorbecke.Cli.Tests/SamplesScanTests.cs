using System.Text.Json;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>The main job of the README works on a fresh clone: the fictional demo corpus in samples/.</summary>
public sealed class SamplesScanTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_scan_the_demo_corpus_from_pdf_and_docx()
    {
        var results = Path.Combine(folder.Path, "resultaten.json");
        var report = Path.Combine(folder.Path, "rapport.html");

        var run = CliProcess.Run(folder.Path, "scan", "--out", results, "--report", report, Path.Combine(RepoPaths.Root, "samples"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Path, "thorbecke.db")), "the default database is thorbecke.db in the current folder");
        using var json = JsonDocument.Parse(File.ReadAllText(results));
        var parties = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("party").GetString()).Order().ToList();
        Assert.Equal(["Groen Sociaal Verbond", "Liberale Hervormingspartij", "Partij voor de Gemeente"], parties);
        Assert.Contains("Partij voor de Gemeente", run.Out, StringComparison.Ordinal);
        Assert.Contains("steunt", run.Out, StringComparison.Ordinal);
        Assert.True(new FileInfo(report).Length > 10_000);
    }

    [Fact]
    public void Should_find_the_municipal_party_supporting_the_abolition_of_the_opschalingskorting()
    {
        var results = Path.Combine(folder.Path, "r.json");
        CliProcess.Run(folder.Path, "scan", "--db", Path.Combine(folder.Path, "t.db"), "--out", results, Path.Combine(RepoPaths.Root, "samples"));

        using var json = JsonDocument.Parse(File.ReadAllText(results));
        var id = json.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("party").GetString() == "Partij voor de Gemeente").GetProperty("id").GetString();
        var result = json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ask").GetString() == "formatie-01" && r.GetProperty("document").GetString() == id);
        Assert.Equal("support", result.GetProperty("verdict").GetString());
        Assert.Contains("opschalingskorting", result.GetProperty("evidence")[0].GetProperty("quote").GetString()!, StringComparison.OrdinalIgnoreCase);
    }
}
