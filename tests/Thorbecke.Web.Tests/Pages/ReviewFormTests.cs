using System.Net;
using System.Text.RegularExpressions;

namespace Thorbecke.Web.Tests.Pages;

/// <summary>A review the app refuses comes back with everything the reviewer filled in, so nothing has to be typed again.</summary>
[Collection(WebGroup.Name)]
public sealed partial class ReviewFormTests(WebFixture web)
{
    [Fact]
    public async Task Should_keep_the_verdict_own_quote_and_comment_when_the_own_quote_is_refused()
    {
        using var anna = await Session.LogIn(web, "anna");
        var document = TestData.Documents[2].Info.Id;
        var cell = $"/vragen/zorg-01/{document}";
        var reviewsBefore = web.Store.ReviewHistory("zorg-01", document).Count;

        var response = await anna.PostForm(cell, new()
        {
            ["oordeel"] = "oppose",
            ["extra_pagina"] = "1",
            ["extra_citaat"] = "Dit staat nergens in het programma.",
            ["opmerking"] = "Mijn lange toelichting die ik niet opnieuw wil typen.",
            ["gezien"] = reviewsBefore.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("niet letterlijk op pagina 1", page, StringComparison.Ordinal);
        Assert.Matches(CheckedVerdict("oppose"), page);
        Assert.Contains(">Dit staat nergens in het programma.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains(">Mijn lange toelichting die ik niet opnieuw wil typen.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"extra_pagina\" min=\"1\"", page, StringComparison.Ordinal);
        Assert.Matches("name=\"extra_pagina\"[^>]*value=\"1\"", page);
        Assert.Equal(reviewsBefore, web.Store.ReviewHistory("zorg-01", document).Count);
    }

    private static Regex CheckedVerdict(string verdict) => new($"name=\"oordeel\" value=\"{verdict}\" required checked");
}
