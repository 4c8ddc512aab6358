using Microsoft.AspNetCore.Builder;
using Thorbecke.Application.Engine;
using Thorbecke.Core.Accounts;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Postgres.Homes;
using Thorbecke.Testing.Postgres;

namespace Thorbecke.Web.Tests.TeamServer;

/// <summary>
/// A team server: two instances of the real app on one PostgreSQL database of a throwaway server, as two machines
/// behind a proxy would run them. The database holds the small scan of <see cref="TestData"/> and the usual accounts.
/// </summary>
public sealed class TeamServerFixture : IAsyncLifetime, IDisposable
{
    private readonly PostgresServer server = new();
    private WebApplication? first;
    private WebApplication? second;

    public string Database { get; private set; } = "";

    public Uri A { get; private set; } = null!;

    public Uri B { get; private set; } = null!;

    /// <summary>The project as a third party sees it: another connection to the same database.</summary>
    public ProjectHome Home { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = server.Url(server.CreateDatabase());
        Home = ProjectHomes.Open(Database);
        TestData.StoreScan(Home.Store);
        // As 'thorbecke scan' leaves it: the engine settings saved, so uploads join with the same engine.
        new EngineSettings().SaveTo(Home.Store);
        foreach (var (name, role) in new[] { ("anna", Role.Reviewer), ("bert", Role.Admin) })
        {
            Home.Store.SaveAccount(new Account(name, role, PasswordHashing.Hash(TestData.Password)));
        }

        (first, A) = await Start();
        (second, B) = await Start();
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { first, second })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        Home.Dispose();
    }

    /// <summary>After <see cref="DisposeAsync"/>: the server goes last, once both apps have let go of it.</summary>
    public void Dispose() => server.Dispose();

    private async Task<(WebApplication App, Uri Address)> Start()
    {
        var app = WebApp.Build(new WebAppOptions(Database, "http://127.0.0.1:0") { LoginAttemptsPerAccount = 10_000, LoginAttemptsPerAddress = 10_000 });
        await app.StartAsync();
        return (app, new Uri(app.Urls.First()));
    }
}
