using Microsoft.Playwright;

namespace Thorbecke.Web.Tests.Browser;

/// <summary>The app as analysts use it, in Debian's Chromium: the matrix, reviews, roles and two people saving one cell.</summary>
[Collection(WebGroup.Name)]
public sealed class BrowserTests(WebFixture web)
{
    private static string Cell(string ask, int document) => $"td.cell[data-ask='{ask}'][data-document='{TestData.Documents[document].Info.Id}']";

    private static string CellPath(string ask, int document) => $"/vragen/{ask}/{TestData.Documents[document].Info.Id}";

    [Fact]
    public async Task Should_log_in_and_show_every_cell_of_the_stored_scan_grouped_by_theme()
    {
        await using var anna = await BrowserSession.LogIn(web, "anna");

        Assert.Equal(TestData.CellCount, await anna.Page.Locator("td.cell").CountAsync());
        Assert.Equal(TestData.Agenda.Themes.Count, await anna.Page.Locator("tr.theme-row").CountAsync());
        Assert.Equal(TestData.Documents.Count, await anna.Page.Locator("th.party").CountAsync());
        await anna.Screenshot("overzicht.png");

        await anna.Page.Locator("select[name=thema]").SelectOptionAsync("Wonen");
        await anna.Page.Locator("form.filter button").ClickAsync();
        Assert.Equal(2 * TestData.Documents.Count, await anna.Page.Locator("td.cell").CountAsync());
    }

    [Fact]
    public async Task Should_keep_an_override_after_a_reload_and_a_rescan()
    {
        await using var anna = await BrowserSession.LogIn(web, "anna");
        await anna.Page.GotoAsync(CellPath("wonen-01", 0));

        await anna.Page.Locator("input[name=oordeel][value=oppose]").CheckAsync();
        await anna.Page.Locator("input[name=citaat]").First.CheckAsync();
        await anna.Page.Locator("textarea[name=opmerking]").FillAsync("Alleen voor starters, niet sociaal.");
        await anna.Page.Locator("form.review-form button").ClickAsync();
        Assert.Contains("opgeslagen", await anna.Page.Locator(".message.ok").TextContentAsync(), StringComparison.Ordinal);
        await anna.Screenshot("cel.png");

        await anna.Page.GotoAsync("/");
        await anna.Page.ReloadAsync();
        Assert.Equal("oppose", await anna.Page.Locator(Cell("wonen-01", 0)).GetAttributeAsync("data-verdict"));
        Assert.Contains("reviewed", await anna.Page.Locator(Cell("wonen-01", 0)).GetAttributeAsync("class"), StringComparison.Ordinal);

        TestData.StoreScan(web.Store, "Opnieuw gescand.");
        await anna.Page.GotoAsync(CellPath("wonen-01", 0));
        Assert.Contains("Opnieuw gescand.", await anna.Page.Locator("#machine .rationale").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("beoordeeld door anna", await anna.Page.Locator("#stand").TextContentAsync(), StringComparison.Ordinal);
        await anna.Page.GotoAsync("/");
        Assert.Equal("oppose", await anna.Page.Locator(Cell("wonen-01", 0)).GetAttributeAsync("data-verdict"));

        await anna.Page.GotoAsync("/vragen/wonen-01");
        Assert.Contains("Alleen voor starters", await anna.Page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await anna.Screenshot("vraag.png");
    }

    [Fact]
    public async Task Should_show_a_viewer_no_form_and_refuse_their_save_with_403()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        await vera.Page.GotoAsync(CellPath("financien-01", 1));

        Assert.Equal(0, await vera.Page.Locator("form.review-form").CountAsync());
        Assert.Contains("Geschiedenis", await vera.Page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        var response = await vera.Api.PostAsync("/api/reviews", new APIRequestContextOptions
        {
            DataObject = new { ask = "financien-01", document = TestData.Documents[1].Info.Id, verdict = "support" },
        });
        Assert.Equal(403, response.Status);
        Assert.Empty(web.Store.ReviewHistory("financien-01", TestData.Documents[1].Info.Id));
    }

    [Fact]
    public async Task Should_show_the_second_of_two_concurrent_saves_the_conflict_instead_of_losing_the_first()
    {
        await using var anna = await BrowserSession.LogIn(web, "anna");
        await using var bert = await BrowserSession.LogIn(web, "bert");
        await anna.Page.GotoAsync(CellPath("klimaat-01", 1));
        await bert.Page.GotoAsync(CellPath("klimaat-01", 1));

        await anna.Page.Locator("input[name=oordeel][value=support]").CheckAsync();
        await anna.Page.Locator("form.review-form button").ClickAsync();
        await anna.Page.Locator(".message.ok").WaitForAsync();
        await bert.Page.Locator("input[name=oordeel][value=partial]").CheckAsync();
        var response = await bert.Page.RunAndWaitForResponseAsync(
            () => bert.Page.Locator("form.review-form button").ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(409, response.Status);
        var message = await bert.Page.Locator(".message.conflict").TextContentAsync();
        Assert.Contains("Iemand anders heeft deze cel intussen opgeslagen", message, StringComparison.Ordinal);
        Assert.Contains("anna", message, StringComparison.Ordinal);
        await bert.Screenshot("conflict.png");
        var history = web.Store.ReviewHistory("klimaat-01", TestData.Documents[1].Info.Id);
        Assert.Equal(Core.Verdicts.Verdict.Support, Assert.Single(history).Verdict);
    }

    [Fact]
    public async Task Should_show_a_document_page_by_page_with_the_asks_it_touches()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        await vera.Page.Locator("th.party a").First.ClickAsync();

        Assert.Equal(4, await vera.Page.Locator("section.doc-page").CountAsync());
        Assert.True(await vera.Page.Locator("#p1 .touches a").CountAsync() > 0);
        await vera.Page.GotoAsync("/zoeken?q=opschalingskorting");
        Assert.Equal("opschalingskorting", await vera.Page.Locator("mark").First.TextContentAsync());
    }
}
