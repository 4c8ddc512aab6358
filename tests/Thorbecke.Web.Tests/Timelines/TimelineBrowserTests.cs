using Microsoft.Playwright;
using Thorbecke.Testing.Timelines;
using Thorbecke.Web.Tests.Browser;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>
/// The timeline and "Nieuw sinds" in Debian's Chromium, over the written formation: what an adviser sees in order,
/// saved as screenshots (tijdlijn.png, nieuw-sinds.png).
/// </summary>
[Collection(WebGroup.Name)]
public sealed class TimelineBrowserTests(WebFixture browser, TimelineFixture web) : IClassFixture<TimelineFixture>
{
    [Fact]
    public async Task Should_show_the_timeline_of_the_ask_in_date_order_with_its_status_now()
    {
        await using var vera = await BrowserSession.LogIn(browser.Browser, web.BaseAddress, "vera");
        await vera.Page.GotoAsync($"/vragen/{TimelineCorpus.Ask}");

        var steps = await vera.Page.Locator("#tijdlijn .step .step-doc").AllTextContentsAsync();
        Assert.Equal(
            ["Partij Rood", "Partij Blauw", "Coalitieakkoord 2026-2030", "Kamerbrief over de financiële verhouding tussen Rijk en gemeenten", "Voorjaarsnota 2026", "Notitie over de gemeentefinanciën"],
            steps);
        Assert.Equal(["Notitie over de gemeentefinanciën"], await vera.Page.Locator("#tijdlijn ol.undated .step-doc").AllTextContentsAsync());
        Assert.Equal("Status nu: deels — sinds Voorjaarsnota 2026 (15 april 2026)", Seen(await vera.Page.Locator("#tijdlijn .status-now").InnerTextAsync()));
        Assert.Contains("afgezwakt", await vera.Page.Locator("#tijdlijn .commitment-now").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await vera.Page.Locator("#tijdlijn .status-now").IsVisibleAsync());
        await vera.Screenshot("tijdlijn.png");

        // Each click navigates: wait for the new page's heading rather than read the old one.
        await vera.Page.Locator("nav.app-nav a[href='/nieuw']").ClickAsync();
        await Assertions.Expect(vera.Page.Locator("h1")).ToHaveTextAsync("Nieuw sinds 15 april 2026");
        await vera.Page.Locator("input[name=sinds]").FillAsync("2026-03-01");
        await vera.Page.Locator("form.since-form button").ClickAsync();
        await Assertions.Expect(vera.Page.Locator("h1")).ToHaveTextAsync("Nieuw sinds 1 maart 2026");
        Assert.EndsWith("/nieuw?sinds=2026-03-01", vera.Page.Url, StringComparison.Ordinal);

        var change = vera.Page.Locator($"article.change[data-ask='{TimelineCorpus.Ask}']");
        Assert.Equal("Status: toegezegd → deels", Seen(await change.Locator(".status-line").InnerTextAsync()));
        Assert.Equal("Toezegging: nog niet opgevolgd → afgezwakt", Seen(await change.Locator(".commitment-line").InnerTextAsync()));
        Assert.Equal(["Kamerbrief over de financiële verhouding tussen Rijk en gemeenten", "Voorjaarsnota 2026"], await change.Locator(".step-doc").AllTextContentsAsync());
        await vera.Screenshot("nieuw-sinds.png");
    }

    /// <summary>Text as it reads on screen: the badges sit on lines of their own in the browser's inner text.</summary>
    private static string Seen(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
