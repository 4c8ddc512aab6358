using System.Net;

namespace Thorbecke.Web.Tests.Security;

/// <summary>After a login the browser goes back where it came from, but only to a path on this site.</summary>
[Collection(WebGroup.Name)]
public sealed class ReturnUrlTests(WebFixture web)
{
    [Theory]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("/%2F/evil.example", "/")]
    [InlineData("/\r\nSet-Cookie: thorbecke=gestolen", "/")]
    [InlineData("/%0d%0aSet-Cookie:%20thorbecke=gestolen", "/")]
    [InlineData("/vragen/\n", "/")]
    [InlineData("/vragen/\u007f", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("http:/evil.example", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("/vragen/financiën", "/")]
    [InlineData("", "/")]
    [InlineData("/vragen/wonen-01?thema=Wonen%20en%20ruimte", "/vragen/wonen-01?thema=Wonen%20en%20ruimte")]
    [InlineData("/zoeken?q=financi%C3%ABn", "/zoeken?q=financi%C3%ABn")]
    public async Task Should_follow_only_a_local_path_after_login_and_never_fail(string returnUrl, string expected)
    {
        using var session = Session.Anonymous(web);

        var response = await session.PostForm("/inloggen", new() { ["naam"] = "vera", ["wachtwoord"] = TestData.Password, ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Location!.IsAbsoluteUri);
        Assert.Equal(expected, response.Headers.Location.OriginalString);
    }

    [Theory]
    [InlineData("/%0d%0aSet-Cookie:%20x=1")]
    [InlineData("/%09/evil.example")]
    [InlineData("%22%3E%3Cscript%3Ealert(1)%3C/script%3E")]
    public async Task Should_show_the_login_form_for_any_return_url_in_the_query(string query)
    {
        using var session = Session.Anonymous(web);

        var response = await session.Client.GetAsync($"/inloggen?ReturnUrl={query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers, header => header.Key == "Set-Cookie" && header.Value.Any(v => v.StartsWith("x=", StringComparison.Ordinal)));
    }
}
