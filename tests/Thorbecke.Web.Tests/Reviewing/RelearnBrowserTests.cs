using Thorbecke.Web.Tests.Browser;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>
/// Learning in the app as a reviewer sees it in Debian's Chromium: an override of one programme's cell makes another
/// programme's unreviewed cell of the same ask be judged again, which its page shows after a reload.
/// </summary>
[Collection(WebGroup.Name)]
public sealed class RelearnBrowserTests(WebFixture browser, RelearnFixture web) : IClassFixture<RelearnFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static string CellPath(int document) => $"/vragen/{RelearnFixture.Ask}/{RelearnFixture.Documents[document].Info.Id}";

    [Fact]
    public async Task Should_show_a_cell_judged_again_after_another_document_was_overridden()
    {
        await using var anna = await BrowserSession.LogIn(browser.Browser, web.BaseAddress, "anna");
        await anna.Page.GotoAsync(CellPath(1));
        var before = await anna.Page.Locator("#machine").TextContentAsync();
        Assert.Contains("geleerd van 6 beoordelingen", before, StringComparison.Ordinal);

        await anna.Page.GotoAsync(CellPath(0));
        var machineVerdict = await anna.Page.Locator("input[name=oordeel]:checked").GetAttributeAsync("value");
        await anna.Page.Locator($"input[name=oordeel][value={(machineVerdict == "oppose" ? "support" : "oppose")}]").CheckAsync();
        await anna.Page.Locator("form.review-form button").ClickAsync();
        Assert.Contains("opgeslagen", await anna.Page.Locator(".message.ok").TextContentAsync(), StringComparison.Ordinal);

        await anna.Page.GotoAsync(CellPath(1));
        var deadline = DateTime.UtcNow + Patience;
        var after = await anna.Page.Locator("#machine").TextContentAsync() ?? "";
        while (!after.Contains("geleerd van 7 beoordelingen", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            await anna.Page.ReloadAsync();
            after = await anna.Page.Locator("#machine").TextContentAsync() ?? "";
        }

        Assert.Contains("geleerd van 7 beoordelingen", after, StringComparison.Ordinal);
        Assert.Contains("Nog niet beoordeeld.", await anna.Page.Locator("#geschiedenis").TextContentAsync(), StringComparison.Ordinal);
        await anna.Screenshot("opnieuw-beoordeeld.png");
    }
}
