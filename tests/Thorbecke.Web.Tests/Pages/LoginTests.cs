using System.Net;

namespace Thorbecke.Web.Tests.Pages;

[Collection(WebGroup.Name)]
public sealed class LoginTests(WebFixture web)
{
    [Fact]
    public async Task Should_send_an_anonymous_visitor_to_the_Dutch_login_page()
    {
        using var session = Session.Anonymous(web);

        var response = await session.Client.GetAsync("/vragen/wonen-01");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var login = await session.Client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Wachtwoord", login, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anna", "verkeerd-wachtwoord")]
    [InlineData("onbekend", TestData.Password)]
    public async Task Should_refuse_a_wrong_login_without_saying_which_part_was_wrong(string name, string password)
    {
        using var session = Session.Anonymous(web);

        var response = await session.PostForm("/inloggen", new() { ["naam"] = name, ["wachtwoord"] = password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Onbekende combinatie van naam en wachtwoord.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Should_set_an_HttpOnly_SameSite_Strict_cookie_and_follow_a_local_return_url_only()
    {
        using var session = Session.Anonymous(web);

        var response = await session.PostForm("/inloggen", new() { ["naam"] = "anna", ["wachtwoord"] = TestData.Password, ["ReturnUrl"] = "//evil.example/" });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("thorbecke=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_refuse_a_form_post_without_the_anti_forgery_token()
    {
        using var session = Session.Anonymous(web);
        await session.Client.GetAsync("/inloggen");

        var response = await session.Client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string> { ["naam"] = "anna", ["wachtwoord"] = TestData.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_send_the_security_headers_on_every_page()
    {
        using var session = Session.Anonymous(web);

        var response = await session.Client.GetAsync("/inloggen");

        Assert.Equal("default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Should_log_out_and_require_a_new_login()
    {
        using var session = await Session.LogIn(web, "vera");

        var response = await session.PostForm("/uitloggen", [], formPage: "/");

        Assert.Equal("/inloggen", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }
}
