using System.Net;
using System.Text.Json;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>"Nieuw sinds" over the written formation: what moved since a day, on the page and as JSON.</summary>
[Collection(TimelineGroup.Name)]
public sealed class ChangesPageTests(TimelineFixture web)
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var vera = await Session.LogIn(web, "vera");
        using var response = await vera.Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_list_the_ask_that_moved_from_toegezegd_to_deels_since_1_March()
    {
        var (status, html) = await Get("/nieuw?sinds=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Nieuw sinds 1 maart 2026", PageText.Of(html), StringComparison.Ordinal);
        var moved = PageText.Element(html, "section", "id=\"verschoven\"");
        Assert.Equal([TimelineCorpus.Ask], PageText.Values(moved, "data-ask"));
        var text = PageText.Of(moved);
        Assert.Contains("Status: toegezegd → deels", text, StringComparison.Ordinal);
        Assert.Contains("Toezegging: nog niet opgevolgd → afgezwakt", text, StringComparison.Ordinal);
        Assert.Contains($"15 april 2026 Begroting of Voorjaarsnota Voorjaarsnota 2026 ◐ Deels machine status: toegezegd → deels toezegging: afgezwakt {TimelineCorpus.BudgetQuote} p. 1", text, StringComparison.Ordinal);
        Assert.Contains("Minister van BZK", PageText.Of(html), StringComparison.Ordinal);
        Assert.Contains($"href=\"/vragen/{TimelineCorpus.Ask}/{web.DocumentId("kamerbrief.md")}\"", moved, StringComparison.Ordinal);

        var fresh = PageText.Element(html, "section", "id=\"nieuwe-documenten\"");
        Assert.Contains("2 documenten", PageText.Of(fresh), StringComparison.Ordinal);
        Assert.Contains("1 document heeft geen datum en valt buiten deze vergelijking; het staat op de tijdlijn", PageText.Of(fresh), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_nothing_moved_since_1_May()
    {
        var (status, html) = await Get("/nieuw?sinds=2026-05-01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(PageText.Values(html, "data-ask"));
        Assert.Contains("Sinds 1 mei 2026 is de status van geen enkele vraag veranderd", PageText.Of(html), StringComparison.Ordinal);
        Assert.Contains("Geen document is gedateerd op of na 1 mei 2026.", PageText.Of(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_start_at_the_newest_document_and_offer_each_cabinet_document_as_a_start()
    {
        var (_, html) = await Get("/nieuw");

        Assert.Contains("Nieuw sinds 15 april 2026", PageText.Of(html), StringComparison.Ordinal);
        Assert.Contains("value=\"2026-04-15\"", html, StringComparison.Ordinal);
        Assert.Contains("Status: toegezegd → deels", PageText.Of(html), StringComparison.Ordinal);
        Assert.Equal(
            ["/nieuw?sinds=2026-04-15", "/nieuw?sinds=2026-03-12", "/nieuw?sinds=2026-01-20"],
            PageText.Values(PageText.Element(html, "p", "class=\"since-links\""), "href"));
        Assert.Contains("sinds Kamerbrief over de financiële verhouding tussen Rijk en gemeenten (12 maart 2026)", PageText.Of(html), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/nieuw\">Nieuw</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_a_date_it_cannot_read_with_a_Dutch_message()
    {
        var (status, html) = await Get("/nieuw?sinds=gisteren");
        var (apiStatus, json) = await Get("/api/changes?since=2026-13-45");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'gisteren' is geen datum. Schrijf een datum als 2026-03-01 of 1-3-2026.", PageText.Of(html), StringComparison.Ordinal);
        Assert.Contains("value=\"gisteren\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, apiStatus);
        Assert.Equal("'2026-13-45' is geen datum. Schrijf een datum als 2026-03-01 of 1-3-2026.", JsonDocument.Parse(json).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Should_give_the_changes_as_json_with_wire_names()
    {
        var (status, json) = await Get("/api/changes?since=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, status);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("2026-03-01", root.GetProperty("since").GetString());
        var change = Assert.Single(root.GetProperty("changes").EnumerateArray());
        Assert.Equal(TimelineCorpus.Ask, change.GetProperty("ask").GetString());
        Assert.Equal("Schaf de opschalingskorting af.", change.GetProperty("text").GetString());
        Assert.Equal(("committed", "partial"), (change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal(("open", "weakened"), (change.GetProperty("commitmentBefore").GetString(), change.GetProperty("commitmentAfter").GetString()));
        var movedBy = change.GetProperty("movedBy").EnumerateArray().ToList();
        Assert.Equal(["letter", "budget"], movedBy.Select(m => m.GetProperty("kind").GetString()));
        var budget = movedBy[1];
        Assert.Equal(web.DocumentId("voorjaarsnota.md"), budget.GetProperty("document").GetString());
        Assert.Equal(("Voorjaarsnota 2026", "2026-04-15", "partial", 1, TimelineCorpus.BudgetQuote),
            (budget.GetProperty("title").GetString(), budget.GetProperty("date").GetString(), budget.GetProperty("verdict").GetString(), budget.GetProperty("page").GetInt32(), budget.GetProperty("quote").GetString()));
        Assert.Equal(["2026-03-12", "2026-04-15"], root.GetProperty("newDocuments").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(1, root.GetProperty("undatedDocuments").GetInt32());
    }

    [Fact]
    public async Task Should_give_no_changes_as_json_since_1_May()
    {
        var (_, json) = await Get("/api/changes?since=2026-05-01");

        var root = JsonDocument.Parse(json).RootElement;
        Assert.Empty(root.GetProperty("changes").EnumerateArray());
        Assert.Empty(root.GetProperty("newDocuments").EnumerateArray());
    }
}
