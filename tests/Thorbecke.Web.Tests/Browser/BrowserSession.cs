using Microsoft.Playwright;
using Thorbecke.Testing;

namespace Thorbecke.Web.Tests.Browser;

/// <summary>A browser context of its own (its own cookies) logged in through the login page, like a person would.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public IAPIRequestContext Api => context.APIRequest;

    public static string ScreenshotFolder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static Task<BrowserSession> LogIn(WebFixture web, string name) => LogIn(web.Browser, web.BaseAddress, name);

    /// <summary>Logs in to the app at <paramref name="baseAddress"/>, which may be another fixture's than the browser's.</summary>
    public static async Task<BrowserSession> LogIn(IBrowser browser, Uri baseAddress, string name)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("input[name=naam]").FillAsync(name);
        await page.Locator("input[name=wachtwoord]").FillAsync(TestData.Password);
        await page.Locator("form.login button").ClickAsync();
        await page.WaitForURLAsync(new Uri(baseAddress, "/").ToString());
        return new BrowserSession(context, page);
    }

    public async Task Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = true });
    }

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
