using System.Diagnostics;
using System.Net;
using Thorbecke.Web.Security;
using Xunit.Abstractions;

namespace Thorbecke.Web.Tests.Security;

[Collection(LoginHardeningGroup.Name)]
public sealed class LoginLimitTests(LoginHardeningFixture web, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_refuse_the_11th_attempt_in_a_minute_for_one_account_in_any_case_with_a_Dutch_429()
    {
        using var session = From("198.51.100.11");
        string[] spellings = ["dirk", "Dirk", "DIRK", " dirk "];
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var wrong = await Attempt(session, spellings[attempt % spellings.Length], "verkeerd-wachtwoord");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var refused = await Attempt(session, "dirk", "verkeerd-wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter!.Delta);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Te veel inlogpogingen voor dit account. Probeer het over een minuut opnieuw.", page, StringComparison.Ordinal);
        Assert.Contains("name=\"naam\" autocomplete=\"username\" required autofocus value=\"dirk\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_even_the_right_password_while_the_account_is_limited_but_not_other_accounts()
    {
        using var session = From("198.51.100.12");
        for (var attempt = 0; attempt < 11; attempt++)
        {
            await Attempt(session, "eva", "verkeerd-wachtwoord");
        }

        var right = await Attempt(session, "eva", TestData.Password);
        var other = await Attempt(session, "anna", TestData.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.DoesNotContain(right.Headers, header => header.Key == "Set-Cookie" && header.Value.Any(v => v.StartsWith("thorbecke=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_the_31st_attempt_from_one_address_whatever_the_names_and_count_addresses_apart()
    {
        using var session = From("198.51.100.13");
        for (var attempt = 1; attempt <= 30; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(session, $"onbekend-{attempt}", "verkeerd-wachtwoord")).StatusCode);
        }

        var refused = await Attempt(session, "nog-een-naam", "verkeerd-wachtwoord");
        using var elsewhere = From("198.51.100.14");
        var fromElsewhere = await Attempt(elsewhere, "nog-een-naam", "verkeerd-wachtwoord");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(LoginAddressPolicy.TooManyFromAddress, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task Should_answer_refused_attempts_without_the_cost_of_a_password_hash()
    {
        const int Attempts = 50;
        using var session = From("198.51.100.15");
        var answered = new List<(HttpStatusCode Status, TimeSpan Took)>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var page = await session.Client.GetStringAsync("/inloggen");
            var form = new Dictionary<string, string> { ["naam"] = "hans", ["wachtwoord"] = "verkeerd-wachtwoord", ["__af"] = Session.Token(page) };
            var clock = Stopwatch.StartNew();
            var response = await session.Client.PostAsync("/inloggen", new FormUrlEncodedContent(form));
            answered.Add((response.StatusCode, clock.Elapsed));
        }

        var wrong = answered.Where(a => a.Status == HttpStatusCode.Unauthorized).Select(a => a.Took).ToList();
        var refused = answered.Where(a => a.Status == HttpStatusCode.TooManyRequests).Select(a => a.Took).ToList();
        output.WriteLine($"{Attempts} wrong passwords for one account: {wrong.Count} checked (median {Median(wrong).TotalMilliseconds:0.0} ms), "
            + $"{refused.Count} refused with 429 (median {Median(refused).TotalMilliseconds:0.0} ms)");
        Assert.Equal(10, wrong.Count);
        Assert.Equal(Attempts - 10, refused.Count);
        Assert.True(Median(refused) * 4 < Median(wrong), $"refused {Median(refused)}, checked {Median(wrong)}");
    }

    private Session From(string address)
    {
        var session = Session.Anonymous(web);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return session;
    }

    private static Task<HttpResponseMessage> Attempt(Session session, string name, string password) =>
        session.PostForm("/inloggen", new() { ["naam"] = name, ["wachtwoord"] = password });

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);
}
