using System.Net;

namespace Thorbecke.Web.Tests.Security;

/// <summary>Behind a TLS proxy that <c>serve --proxy</c> trusts, the cookies are Secure and HSTS is sent.</summary>
[Collection(LoginHardeningGroup.Name)]
public sealed class ProxyTests(LoginHardeningFixture web)
{
    /// <summary>HSTS is never sent for localhost, so the requests name a real host, as through a proxy.</summary>
    private const string Host = "thorbecke.example.nl";

    [Fact]
    public async Task Should_mark_both_cookies_Secure_and_send_HSTS_when_the_proxy_forwards_https()
    {
        using var client = WithoutCookieJar();

        var form = await client.SendAsync(Request(HttpMethod.Get, "/inloggen", "https"));
        var antiforgery = SetCookie(form, "thorbecke-af");
        var login = Request(HttpMethod.Post, "/inloggen", "https");
        login.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        login.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["naam"] = "ida",
            ["wachtwoord"] = TestData.Password,
            ["__af"] = Session.Token(await form.Content.ReadAsStringAsync()),
        });
        var response = await client.SendAsync(login);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", SetCookie(response, "thorbecke"), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", form.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_cookies_unmarked_and_send_no_HSTS_over_plain_http()
    {
        using var client = WithoutCookieJar();

        var form = await client.SendAsync(Request(HttpMethod.Get, "/inloggen", "http"));

        Assert.DoesNotContain("secure", SetCookie(form, "thorbecke-af"), StringComparison.OrdinalIgnoreCase);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
    }

    private HttpClient WithoutCookieJar() =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress };

    private static HttpRequestMessage Request(HttpMethod method, string path, string scheme)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = Host;
        request.Headers.Add("X-Forwarded-Proto", scheme);
        request.Headers.Add("X-Forwarded-For", "198.51.100.21");
        return request;
    }

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
}
