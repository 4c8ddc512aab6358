using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Thorbecke.Core.Accounts;
using Thorbecke.Storage;
using Thorbecke.Testing;

namespace Thorbecke.Web.Tests;

/// <summary>
/// The real app on Kestrel on a free port, over a real SQLite file and the money files of <see cref="MoneyTestData"/>
/// in a temp folder, and one headless Debian Chromium driven by Playwright (never a downloaded browser). Started
/// once for every test class in the "web" collection.
/// </summary>
public class WebFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder folder = new();
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string DatabasePath => folder.File("thorbecke.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public SqliteScanStore Store { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        Store = new SqliteScanStore(DatabasePath);
        Seed(Store);
        Store.SaveAccount(new Account("anna", Role.Reviewer, PasswordHashing.Hash(TestData.Password)));
        Store.SaveAccount(new Account("bert", Role.Admin, PasswordHashing.Hash(TestData.Password)));
        Store.SaveAccount(new Account("vera", Role.Viewer, PasswordHashing.Hash(TestData.Password)));

        app = WebApp.Build(Configure(MoneyTestData.Write(folder.Path, new WebAppOptions(DatabasePath, "http://127.0.0.1:0"))));
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First());
        if (!StartsBrowser)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>What the database holds before the app starts: the small scan of <see cref="TestData"/>.</summary>
    protected virtual void Seed(SqliteScanStore store) => TestData.StoreScan(store);

    /// <summary>
    /// The app's options. The shared app logs the same few accounts in dozens of times a minute, so its login limits
    /// are far above the real ones; <c>LoginHardeningFixture</c> keeps the real limits.
    /// </summary>
    protected virtual WebAppOptions Configure(WebAppOptions options) =>
        options with { LoginAttemptsPerAccount = 10_000, LoginAttemptsPerAddress = 10_000 };

    /// <summary>Whether the tests of this fixture drive Chromium; starting it costs time on a small machine.</summary>
    protected virtual bool StartsBrowser => true;

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Store.Dispose();
    }

    /// <summary>After <see cref="DisposeAsync"/>: the folder goes last, once the app has let go of the database.</summary>
    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    public Uri Url(string path) => new(BaseAddress, path);
}
