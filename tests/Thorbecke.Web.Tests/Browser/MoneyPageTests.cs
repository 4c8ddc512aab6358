using Microsoft.Playwright;

namespace Thorbecke.Web.Tests.Browser;

/// <summary>The Geld pages in Chromium, as an analyst uses them: under the app's real Content-Security-Policy.</summary>
[Collection(WebGroup.Name)]
public sealed class MoneyPageTests(WebFixture web)
{
    [Fact]
    public async Task Should_compare_the_scenarios_for_a_municipality_and_draw_the_charts()
    {
        await using var anna = await BrowserSession.LogIn(web, "anna");
        var blocked = CollectPolicyViolations(anna.Page);

        await anna.Page.Locator("nav.app-nav a", new() { HasTextString = "Geld" }).ClickAsync();
        await anna.Page.WaitForURLAsync("**/geld");
        Assert.Equal(2, await anna.Page.Locator("table.scenario-list input[name=s]:checked").CountAsync());
        Assert.Contains($"regel {MoneyTestData.BrokenLine}", await anna.Page.Locator($"tr.broken[data-file='{MoneyTestData.BrokenFile}']").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("dieper genest dan 64 niveaus", await anna.Page.Locator($"tr.broken[data-file='{MoneyTestData.DeepFile}']").TextContentAsync(), StringComparison.Ordinal);

        await anna.Page.Locator("select[name=gemeente]").SelectOptionAsync("Utrecht");
        await anna.Page.Locator("form.money-pick button").ClickAsync();
        await anna.Page.WaitForURLAsync("**/geld?*gemeente=Utrecht*");
        await anna.Page.Locator("#gemeente").WaitForAsync();

        Assert.Contains("benadering (naar inwonertal)", await anna.Page.Locator("#gemeente").TextContentAsync(), StringComparison.Ordinal);
        var charts = anna.Page.Locator("svg.chart");
        Assert.Equal(4, await charts.CountAsync());
        var box = await charts.First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Width, 400, 900);
        Assert.InRange(box.Height, 200, 450);
        // The swatch gets its colour from the stylesheet, the only way the policy allows.
        var swatch = await anna.Page.Locator("#overzicht .dot").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(31, 78, 121)", swatch);
        Assert.Empty(blocked);
        await anna.Screenshot("money.png");
    }

    [Fact]
    public async Task Should_let_a_viewer_open_one_scenario_with_its_levers()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        var blocked = CollectPolicyViolations(vera.Page);
        await vera.Page.GotoAsync("/geld");

        await vera.Page.Locator("tr[data-scenario=plus] a").ClickAsync();
        await vera.Page.WaitForURLAsync("**/geld/plus");

        Assert.Equal("Plus voor gemeenten", await vera.Page.Locator("h1").TextContentAsync());
        Assert.Equal(1, await vera.Page.Locator("#herkomst tr.unconfirmed").CountAsync());
        Assert.True(await vera.Page.Locator("svg.chart").First.IsVisibleAsync());
        Assert.Empty(blocked);
        await vera.Screenshot("money-scenario.png");
    }

    /// <summary>Chromium reports what the Content-Security-Policy blocked on the console; the list fills as the page loads.</summary>
    private static List<string> CollectPolicyViolations(IPage page)
    {
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Add(message.Text);
            }
        };
        return blocked;
    }
}
