using System.Text.Json;
using Thorbecke.Core.Agendas;
using Thorbecke.Testing;

namespace Thorbecke.Core.Tests.Agendas;

public sealed class BuiltInAgendasTests
{
    [Fact]
    public void Should_ship_the_vng_2025_agenda_with_its_76_asks()
    {
        var agenda = BuiltInAgendas.Find("vng-2025");

        Assert.NotNull(agenda);
        Assert.Equal(76, agenda.Asks.Count);
        Assert.Equal(agenda.Asks.Count, agenda.Asks.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Should_keep_the_ids_and_texts_of_the_shared_agenda_file()
    {
        using var shared = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Shared, "agenda", "vng-2025.json")));
        var expected = shared.RootElement.GetProperty("asks").EnumerateArray()
            .Select(a => (a.GetProperty("id").GetString(), a.GetProperty("theme").GetString(), a.GetProperty("text").GetString()))
            .ToList();

        var actual = BuiltInAgendas.Find("vng-2025")!.Asks.Select(a => ((string?)a.Id, (string?)a.Theme, (string?)a.Text.Trim())).ToList();

        Assert.Equal(expected.Select(e => (e.Item1, e.Item2, e.Item3?.Trim())), actual);
    }

    [Fact]
    public void Should_not_know_an_unknown_id() => Assert.Null(BuiltInAgendas.Find("bestaat-niet"));
}
