using System.Text.Json;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>Users extend the policy thesaurus with a text file; no re-indexing, and results are not mixed up with earlier ones.</summary>
public sealed class ThesaurusOptionTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_find_a_synonym_only_the_user_thesaurus_knows()
    {
        var agenda = folder.Write("agenda.yaml", "id: fiets\ntitle: Fiets\nasks:\n  - id: fiets-01\n    theme: Verkeer\n    text: Investeer in fietspaden.\n");
        var programme = folder.Write("programma.txt", "Verkeer\n\nWij investeren fors in rijwielpaden en snelle routes tussen dorpen.\n");
        var synonyms = folder.Write("synoniemen.txt", "# eigen aanvulling\nfietspaden, rijwielpaden\n");
        var database = Path.Combine(folder.Path, "t.db");

        var without = Quotes(CliProcess.Run(folder.Path, "scan", "--db", database, "--agenda", agenda, "--out", folder.File("zonder.json"), programme), "zonder.json");
        var with = Quotes(CliProcess.Run(folder.Path, "scan", "--db", database, "--agenda", agenda, "--thesaurus", synonyms, "--out", folder.File("met.json"), programme), "met.json");

        Assert.DoesNotContain(without, q => q.Contains("rijwielpaden", StringComparison.Ordinal));
        Assert.Contains(with, q => q.Contains("rijwielpaden", StringComparison.Ordinal));
    }

    private List<string> Quotes(CliResult run, string file)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File(file)));
        return json.RootElement.GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("evidence").EnumerateArray())
            .Select(e => e.GetProperty("quote").GetString()!)
            .ToList();
    }
}
