using System.Text.Json;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary><c>scan --party --kind</c> and the party guessed from a file name.</summary>
public sealed class PartyAndKindTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_take_the_party_and_kind_given_for_a_single_file()
    {
        var input = folder.Write("akkoord-2026.txt", "Het kabinet schaft de opschalingskorting af.\n");

        var run = CliProcess.Run(folder.Path, "scan", "--db", folder.File("t.db"), "--out", "r.json", "--party", "Kabinet-Jetten", "--kind", "akkoord", input);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 bestand te scannen.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("bestand(en)", run.Out, StringComparison.Ordinal);
        Assert.Equal([("akkoord-2026.txt", "Kabinet-Jetten", "agreement")], Documents(folder.File("r.json")));
    }

    [Fact]
    public void Should_take_a_party_and_kind_per_file_and_guess_the_others_from_the_file_name()
    {
        var vvd = folder.Write("verkiezingsprogramma-vvd-2025.txt", "Wij verlagen de lasten voor gemeenten.\n");
        var brief = folder.Write("brief.txt", "De minister schrijft over het gemeentefonds.\n");

        var run = CliProcess.Run(folder.Path, "scan", "--db", folder.File("t.db"), "--out", "r.json", "--party", "brief.txt=Ministerie van BZK", "--kind", "brief.txt=brief", vvd, brief);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2 bestanden te scannen.", run.Out, StringComparison.Ordinal);
        Assert.Equal(
            [("brief.txt", "Ministerie van BZK", "letter"), ("verkiezingsprogramma-vvd-2025.txt", "VVD", "programme")],
            Documents(folder.File("r.json")).OrderBy(d => d.File, StringComparer.Ordinal));
    }

    [Fact]
    public void Should_take_a_date_given_per_file_and_read_the_others_and_the_kind_from_the_document()
    {
        var brief = folder.Write("brief.txt", "Aan de Voorzitter van de Tweede Kamer\n\nDen Haag, 12 maart 2026\n\nHet gemeentefonds groeit mee.\n");
        var nota = folder.Write("nota.txt", "Voorjaarsnota 2026\n\nHet gemeentefonds krijgt meer geld.\n");
        var notitie = folder.Write("notitie.txt", "Een notitie over het gemeentefonds.\n");

        var run = CliProcess.Run(folder.Path, "scan", "--db", folder.File("t.db"), "--out", "r.json", "--date", "nota.txt=2026-04-15", brief, nota, notitie);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("r.json")));
        var documents = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("file").GetString()!, d => (d.GetProperty("kind").GetString(), d.TryGetProperty("date", out var date) ? date.GetString() : null));
        Assert.Equal(("letter", "2026-03-12"), documents["brief.txt"]);
        Assert.Equal(("budget", "2026-04-15"), documents["nota.txt"]);
        Assert.Equal(("programme", null), documents["notitie.txt"]);
    }

    [Theory]
    [InlineData("--party", "VVD", "--party zonder bestandsnaam geldt voor één bestand, maar deze scan heeft 2 bestanden")]
    [InlineData("--kind", "manifest", "--kind 'manifest' kan niet: kies uit verkiezingsprogramma, cpb, akkoord, regeerprogramma, brief, begroting, circulaire, motie of overig.")]
    [InlineData("--date", "12-03-2026", "--date '12-03-2026' kan niet: schrijf een datum als 2026-03-12.")]
    [InlineData("--party", "c.txt=CDA", "--party noemt bestand 'c.txt', maar dat wordt in deze scan niet gelezen.")]
    public void Should_refuse_a_party_or_kind_it_cannot_use_before_scanning(string option, string value, string message)
    {
        var a = folder.Write("a.txt", "Wij bouwen meer woningen.\n");
        var b = folder.Write("b.txt", "Wij bouwen minder woningen.\n");

        var run = CliProcess.Run(folder.Path, "scan", "--db", folder.File("t.db"), option, value, a, b);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("t.db")), "nothing may be scanned or stored");
    }

    private static List<(string File, string Party, string Kind)> Documents(string results)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(results));
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("file").GetString()!, d.GetProperty("party").GetString()!, d.GetProperty("kind").GetString()!))
            .ToList();
    }
}
