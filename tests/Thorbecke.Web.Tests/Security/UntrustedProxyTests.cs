using System.Net;

namespace Thorbecke.Web.Tests.Security;

/// <summary>Without <c>serve --proxy</c>, forwarded headers are anyone's claim and change nothing.</summary>
[Collection(WebGroup.Name)]
public sealed class UntrustedProxyTests(WebFixture web)
{
    [Fact]
    public async Task Should_ignore_a_forwarded_https_from_a_client_that_is_not_a_trusted_proxy()
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = web.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        request.Headers.Host = "thorbecke.example.nl";
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("thorbecke-af=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
