using Thorbecke.Core.Accounts;
using Thorbecke.Storage;

namespace Thorbecke.Web.Tests.Security;

/// <summary>
/// The app with the real login limits (10 per account, 30 per address a minute) behind a trusted proxy on this
/// machine, as <c>serve --proxy</c> runs it, so each test can claim its own client address with X-Forwarded-For.
/// Each test also logs in with its own account; what one test uses up stays out of the way of the next.
/// </summary>
public sealed class LoginHardeningFixture : WebFixture
{
    public static readonly string[] Accounts = ["dirk", "eva", "fien", "gijs", "hans", "ida"];

    protected override void Seed(SqliteScanStore store)
    {
        base.Seed(store);
        foreach (var name in Accounts)
        {
            store.SaveAccount(new Account(name, Role.Reviewer, PasswordHashing.Hash(TestData.Password)));
        }
    }

    protected override WebAppOptions Configure(WebAppOptions options) =>
        options with { TrustedProxies = WebAppOptions.LoopbackProxies };

    protected override bool StartsBrowser => false;
}
