using System.Net;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>"Nieuw sinds" over documents without a date (the small scan of <see cref="TestData"/>): it says why there is nothing to compare.</summary>
[Collection(WebGroup.Name)]
public sealed class UndatedChangesTests(WebFixture web)
{
    [Fact]
    public async Task Should_say_that_no_document_has_a_date_instead_of_listing_changes()
    {
        using var vera = await Session.LogIn(web, "vera");

        using var page = await vera.Client.GetAsync("/nieuw");
        using var api = await vera.Client.GetAsync("/api/changes");
        using var since = await vera.Client.GetAsync("/api/changes?since=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Geen enkel document heeft een datum", PageText.Of(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("geef since op", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, since.StatusCode);
        Assert.Contains("\"undatedDocuments\":4", await since.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
