using Thorbecke.Core.Agendas;

namespace Thorbecke.Core.Tests.Agendas;

public sealed class AgendaParserTests
{
    [Fact]
    public void Should_read_a_json_agenda_with_hints()
    {
        var result = AgendaParser.Parse("""
            {"id": "mijn-agenda", "title": "Mijn agenda",
             "asks": [{"id": "a-1", "theme": "Wonen", "text": "Bouw meer sociale huurwoningen.",
                       "hints": {"terms": ["woningcorporatie"], "required": ["huur"]}}]}
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var ask = Assert.Single(result.Agenda!.Asks);
        Assert.Equal(("a-1", "Wonen", "Bouw meer sociale huurwoningen."), (ask.Id, ask.Theme, ask.Text));
        Assert.Equal(["woningcorporatie"], ask.Hints.Terms);
        Assert.Equal(["huur"], ask.Hints.Required);
    }

    [Fact]
    public void Should_read_the_same_agenda_from_yaml()
    {
        var result = AgendaParser.Parse("""
            id: mijn-agenda
            title: Mijn agenda
            asks:
              - id: a-1
                theme: Wonen
                text: Bouw meer sociale huurwoningen.
              - id: a-2
                theme: Financiën
                text: Schaf de opschalingskorting af.
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(["a-1", "a-2"], result.Agenda!.Asks.Select(a => a.Id));
        Assert.Equal(["Wonen", "Financiën"], result.Agenda.Themes);
    }

    [Fact]
    public void Should_report_every_problem_with_its_line()
    {
        var result = AgendaParser.Parse("""
            id: fout
            kleur: rood
            asks:
              - id: a-1
                theme: Wonen
                text: Bouw.
              - id: a-1
                theme: Wonen
                text: "  "
              - theme: Zorg
                text: Iets.
            """);

        Assert.False(result.IsValid);
        var messages = result.Problems.Select(p => $"{p.Line}: {p.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("2: ", StringComparison.Ordinal) && m.Contains("onbekend veld 'kleur'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("7: ", StringComparison.Ordinal) && m.Contains("dubbel id 'a-1'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("9: ", StringComparison.Ordinal) && m.Contains("'text' is leeg", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("10: ", StringComparison.Ordinal) && m.Contains("'id' ontbreekt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "geen agenda")]
    [InlineData("[1, 2]", "moet een object zijn")]
    [InlineData("{\"id\": \"x\", \"asks\": {", "geen geldige JSON of YAML")]
    [InlineData("{\"id\": \"x\", \"asks\": []}", "geen asks")]
    public void Should_reject_files_that_are_not_agendas(string text, string expected)
    {
        var result = AgendaParser.Parse(text);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Message.Contains(expected, StringComparison.Ordinal) || (expected == "geen agenda" && p.Message.Contains("object", StringComparison.Ordinal)));
    }
}
