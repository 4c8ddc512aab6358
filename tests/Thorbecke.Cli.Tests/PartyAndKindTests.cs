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

    [Theory]
    [InlineData("--party", "VVD", "--party zonder bestandsnaam geldt voor één bestand, maar deze scan heeft 2 bestanden")]
    [InlineData("--kind", "motie", "--kind 'motie' kan niet: kies uit verkiezingsprogramma, akkoord, brief of overig.")]
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
