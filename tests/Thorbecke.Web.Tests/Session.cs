using System.Net;
using System.Text.RegularExpressions;

namespace Thorbecke.Web.Tests;

/// <summary>An HttpClient with its own cookie jar, logged in through the real login form (anti-forgery token included).</summary>
internal sealed partial class Session : IDisposable
{
    private Session(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        Client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public static Session Anonymous(WebFixture web) => new(web.BaseAddress);

    public static Task<Session> LogIn(WebFixture web, string name, string password = TestData.Password) =>
        LogIn(web.BaseAddress, name, password);

    public static async Task<Session> LogIn(Uri baseAddress, string name, string password = TestData.Password)
    {
        var session = new Session(baseAddress);
        var response = await session.PostForm("/inloggen", new() { ["naam"] = name, ["wachtwoord"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Fetches the form's page for a fresh anti-forgery token, then posts the fields with it.</summary>
    public async Task<HttpResponseMessage> PostForm(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await Client.GetStringAsync(formPage ?? path);
        fields["__af"] = Token(page);
        return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static string Token(string html) => WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
