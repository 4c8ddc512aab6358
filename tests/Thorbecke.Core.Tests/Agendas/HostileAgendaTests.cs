using System.Diagnostics;
using Thorbecke.Core.Agendas;
using Thorbecke.Testing.Hostile;

namespace Thorbecke.Core.Tests.Agendas;

/// <summary>
/// Agenda files built to exhaust the stack, memory or time are refused with a Dutch reason and their place, fast,
/// and marked as refused (the CLI exits 2 for them).
/// </summary>
public class HostileAgendaTests
{
    private const string Head = "id: vijandig\ntitle: Vijandig\nasks: ";

    public static TheoryData<string, string, string> Hostile()
    {
        var files = new TheoryData<string, string, string>();
        foreach (var (name, text, reason) in HostileYaml.Files(Head))
        {
            files.Add(name, text, reason);
        }

        files.Add("5 MB", HostileYaml.Padded(Head + "[]", 5 * 1024 * 1024), "te groot (5 MB; hoogstens 4 MB)");
        return files;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Should_refuse_a_hostile_agenda_with_a_Dutch_reason_quickly(string name, string text, string reason)
    {
        var clock = Stopwatch.StartNew();

        var result = AgendaParser.Parse(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{name}: {clock.Elapsed}");
        Assert.False(result.IsValid);
        Assert.True(result.Refused, name);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("regel ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_point_at_the_first_level_too_deep()
    {
        var result = AgendaParser.Parse(HostileYaml.NestedLists(Head, 100_000));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, 6 + 64), (problem.Line, problem.Column));
    }

    [Fact]
    public void Should_still_read_an_agenda_that_stays_within_the_limits()
    {
        var text = Head + "\n" + string.Concat(Enumerable.Range(1, 500).Select(i => $"  - {{id: v{i}, theme: Wonen, text: Vraag {i}, hints: {{terms: [woning, huur]}}}}\n"));

        var result = AgendaParser.Parse(text);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(500, result.Agenda!.Asks.Count);
    }

    [Theory]
    [InlineData("id: x\nasks: [1, 2\n", 3, "na elk element een komma of de sluitende ]")]
    [InlineData("id: x\nasks:\n  - id: a\n theme: b\n", 4, "veldnaam verwacht")]
    [InlineData("id: 'x\nasks: []\n", 1, "tekst tussen aanhalingstekens")]
    [InlineData("id: x\nid: y\nasks: []\n", 2, "het veld 'id' staat twee keer")]
    [InlineData("id: *x\nasks: []\n", 1, "*x wijst naar een anker (&x) dat niet bestaat")]
    [InlineData("id: x\nasks: @\n", 2, "dit teken kan hier niet staan")]
    public void Should_explain_a_syntax_error_in_Dutch_with_its_line(string text, int line, string reason)
    {
        var result = AgendaParser.Parse(text);

        var problem = Assert.Single(result.Problems);
        Assert.False(result.Refused);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith($"regel {line}, kolom ", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("geen geldige JSON of YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While", problem.Message, StringComparison.Ordinal);
    }
}
