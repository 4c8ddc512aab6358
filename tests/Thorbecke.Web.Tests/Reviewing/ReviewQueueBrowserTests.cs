using Thorbecke.Web.Tests.Browser;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>
/// The review queue in Debian's Chromium, as a reviewer opens it from the navigation: an app of its own over
/// <see cref="QueueTestData"/>, driven by the browser of the "web" collection, in which it runs.
/// </summary>
[Collection(WebGroup.Name)]
public sealed class ReviewQueueBrowserTests(WebFixture browser, QueueFixture web) : IClassFixture<QueueFixture>
{
    [Fact]
    public async Task Should_open_the_least_certain_cell_from_the_top_of_the_queue()
    {
        await using var anna = await BrowserSession.LogIn(browser.Browser, web.BaseAddress, "anna");
        await anna.Page.Locator("nav.app-nav a[href='/beoordelen']").ClickAsync();

        Assert.Equal("Te beoordelen", await anna.Page.Locator("h1").TextContentAsync());
        Assert.Equal(17, await anna.Page.Locator("ol.queue-cells li").CountAsync());
        await anna.Screenshot("wachtrij.png");

        await anna.Page.Locator("ol.queue-cells a").First.ClickAsync();
        await anna.Page.WaitForURLAsync(web.Url(QueueTestData.CellPath("financien-01", 2)).ToString());
        Assert.Equal(TestData.Agenda.FindAsk("financien-01")!.Text, await anna.Page.Locator("h1").TextContentAsync());
        Assert.Contains("zekerheid 20%", await anna.Page.Locator("#machine").TextContentAsync(), StringComparison.Ordinal);
        await anna.Screenshot("wachtrij-cel.png");
    }
}
