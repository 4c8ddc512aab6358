using System.Net;
using Thorbecke.Core.Accounts;

namespace Thorbecke.Web.Tests.Security;

/// <summary>A login cookie copied before logout, or before a change of role or password, no longer opens anything.</summary>
[Collection(LoginHardeningGroup.Name)]
public sealed class SessionRevocationTests(LoginHardeningFixture web)
{
    [Fact]
    public async Task Should_refuse_a_cookie_captured_before_logout_on_pages_and_the_api()
    {
        using var session = await Session.LogIn(web, "fien");
        using var copy = CopyOf(session);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/results")).StatusCode);

        var logout = await session.PostForm("/uitloggen", [], formPage: "/");

        Assert.Equal("/inloggen", logout.Headers.Location!.OriginalString);
        var page = await copy.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/inloggen", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/results")).StatusCode);
    }

    [Fact]
    public async Task Should_end_every_session_of_an_account_whose_role_or_password_changes()
    {
        using var first = await Session.LogIn(web, "gijs");
        Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync("/")).StatusCode);

        web.Store.SaveAccount(new Account("gijs", Role.Viewer, PasswordHashing.Hash(TestData.Password)));

        Assert.Equal(HttpStatusCode.Redirect, (await first.Client.GetAsync("/")).StatusCode);
        using var again = await Session.LogIn(web, "gijs");
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/")).StatusCode);
    }

    /// <summary>Another client with only the login cookie, as someone who copied it would have.</summary>
    private HttpClient CopyOf(Session session)
    {
        var cookie = session.Cookies.GetCookies(web.BaseAddress)["thorbecke"]!;
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", $"thorbecke={cookie.Value}");
        return client;
    }
}
