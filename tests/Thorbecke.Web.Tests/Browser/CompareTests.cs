using System.Net;
using System.Net.Http.Json;

namespace Thorbecke.Web.Tests.Browser;

/// <summary>
/// The compare page in Debian's Chromium: the coalition agreement of the test data against the three programmes,
/// and the passage search. Its cells are the agreement's, which no other test reviews.
/// </summary>
[Collection(WebGroup.Name)]
public sealed class CompareTests(WebFixture web)
{
    private static string Agreement => TestData.Documents[TestData.Agreement].Info.Id;

    private static string Row(string ask) => $"tr.compare-row[data-ask='{ask}']";

    [Fact]
    public async Task Should_compare_the_agreement_with_every_programme_by_default_and_show_an_outcome_per_ask()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        await vera.Page.Locator("nav a", new() { HasText = "Vergelijken" }).ClickAsync();

        Assert.Equal(Agreement, await vera.Page.Locator("select[name=referentie]").InputValueAsync());
        Assert.Equal(3, await vera.Page.Locator("input[name=programma]:checked").CountAsync());
        Assert.Equal(TestData.Agenda.Asks.Count, await vera.Page.Locator("tr.compare-row").CountAsync());
        foreach (var ask in TestData.Agenda.Asks)
        {
            Assert.Contains(await vera.Page.Locator(Row(ask.Id)).GetAttributeAsync("data-adoption"), new[] { "adopted", "weakened", "rejected", "silent" });
        }

        // The agreement halves the opschalingskorting (partial); Groen Samen asked for it, Partij voor de Gemeente opposed it.
        var row = vera.Page.Locator(Row("financien-01"));
        Assert.Equal("weakened", await row.GetAttributeAsync("data-adoption"));
        Assert.Contains("De opschalingskorting wordt gehalveerd.", await row.Locator("td.evidence").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("p. 2", await row.Locator("td.evidence").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(["Groen Samen"], await row.Locator("td.supporters li a").AllTextContentsAsync());
        Assert.Equal(["Partij voor de Gemeente"], await row.Locator("td.opponents li a").AllTextContentsAsync());
        Assert.Equal($"/vragen/financien-01/{TestData.Documents[2].Info.Id}", await row.Locator("td.supporters a").GetAttributeAsync("href"));
        Assert.Equal("Afgezwakt", (await row.Locator("td.outcome .badge").TextContentAsync())!.Trim()[2..]);
        await vera.Screenshot("compare.png");
    }

    [Fact]
    public async Task Should_compare_only_the_programmes_in_the_query_so_a_comparison_is_a_link()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        await vera.Page.GotoAsync($"/vergelijken?referentie={Agreement}&programma={TestData.Documents[0].Info.Id}");

        Assert.Equal(1, await vera.Page.Locator("input[name=programma]:checked").CountAsync());
        Assert.Equal(0, await vera.Page.Locator($"{Row("financien-01")} td.supporters li").CountAsync());
        Assert.Equal(["Partij voor de Gemeente"], await vera.Page.Locator($"{Row("financien-01")} td.opponents li a").AllTextContentsAsync());
    }

    [Fact]
    public async Task Should_ask_for_a_reference_when_none_is_chosen()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        await vera.Page.GotoAsync("/vergelijken?referentie=");

        Assert.Equal(0, await vera.Page.Locator("tr.compare-row").CountAsync());
        Assert.Equal(1, await vera.Page.Locator("#geen-referentie").CountAsync());
    }

    [Fact]
    public async Task Should_turn_a_silent_ask_into_an_adopted_one_when_an_analyst_reviews_the_agreement()
    {
        await using var anna = await BrowserSession.LogIn(web, "anna");
        await anna.Page.GotoAsync("/vergelijken");
        Assert.Equal("silent", await anna.Page.Locator(Row("klimaat-01")).GetAttributeAsync("data-adoption"));

        using var session = await Session.LogIn(web, "anna");
        var quote = TestData.Quote(TestData.Agreement, "Klimaat");
        var saved = await session.Client.PostAsJsonAsync("/api/reviews", new
        {
            ask = "klimaat-01",
            document = Agreement,
            verdict = "support",
            seenVersion = 0,
            evidence = new[] { new { page = 3, quote } },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        await anna.Page.ReloadAsync();
        var row = anna.Page.Locator(Row("klimaat-01"));
        Assert.Equal("adopted", await row.GetAttributeAsync("data-adoption"));
        Assert.Contains("✎ anna", await row.Locator("td.outcome").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(quote, await row.Locator("td.evidence").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_a_pasted_sentence_verbatim_and_say_on_which_page_of_which_document()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        await vera.Page.GotoAsync("/vergelijken");

        await vera.Page.Locator("textarea[name=tekst]").FillAsync("het Rijk stelt   structureel middelen\nbeschikbaar voor de WARMTETRANSITIE");
        await vera.Page.Locator("form.passage-form button").ClickAsync();

        var hit = vera.Page.Locator("li.passage-hit").First;
        Assert.Equal(Agreement, await hit.GetAttributeAsync("data-document"));
        Assert.Equal("3", await hit.GetAttributeAsync("data-page"));
        Assert.Contains("letterlijk", await hit.Locator(".hit-head").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Het Rijk stelt structureel middelen beschikbaar voor de warmtetransitie", await hit.Locator("mark").TextContentAsync());
        Assert.Contains("Niet gevonden in", await vera.Page.Locator("#niet-gevonden").TextContentAsync(), StringComparison.Ordinal);
        await vera.Screenshot("passage.png");
    }

    [Fact]
    public async Task Should_refuse_a_passage_search_without_the_forms_token()
    {
        using var session = await Session.LogIn(web, "vera");

        var response = await session.Client.PostAsync("/vergelijken/passage", new FormUrlEncodedContent(new Dictionary<string, string> { ["tekst"] = "warmtetransitie" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
