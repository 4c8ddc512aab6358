using System.Net;
using System.Text;
using Microsoft.Playwright;
using Thorbecke.Testing.Timelines;
using Thorbecke.Web.Tests.Browser;

namespace Thorbecke.Web.Tests.Uploads;

/// <summary>
/// An upload's date and kind, as typed in the form: the journal keeps the date, the scanned document carries it,
/// and the document's page and the list of documents show it.
/// </summary>
[Collection(UploadGroup.Name)]
public sealed class DatedUploadTests(EmptyWebFixture web)
{
    [Fact]
    public async Task Should_give_the_uploaded_document_the_date_of_the_form_and_show_it()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");
        await bert.Page.GotoAsync("/toevoegen");
        await bert.Page.Locator("input[name=bestanden]").SetInputFilesAsync(new FilePayload
        {
            Name = "voorjaarsnota.md",
            MimeType = "text/markdown",
            Buffer = Encoding.UTF8.GetBytes(TimelineCorpus.Text("voorjaarsnota.md")),
        });
        await bert.Page.Locator("input[name=partij]").FillAsync("Minister van Financiën");
        await bert.Page.Locator("select[name=soort]").SelectOptionAsync("budget");
        await bert.Page.Locator("input[name=datum]").FillAsync("2026-04-15");
        await bert.Page.Locator("form.review-form button").ClickAsync();

        var row = bert.Page.Locator("tr[data-state]").Filter(new LocatorFilterOptions { HasText = "voorjaarsnota.md" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "klaar", new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
        Assert.Contains("15 april 2026", await row.TextContentAsync(), StringComparison.Ordinal);
        await bert.Page.ReloadAsync();
        await bert.Page.Locator("p.next a").ClickAsync();
        await Assertions.Expect(bert.Page.Locator("h1")).ToHaveTextAsync("Nieuw sinds 15 april 2026");

        var upload = web.Store.RecentUploads(50).First(u => u.Files.Any(f => f.Name == "voorjaarsnota.md"));
        Assert.Equal(new DateOnly(2026, 4, 15), upload.Date);
        var document = web.Store.LoadLatestReport()!.Documents.Single(d => d.File == "voorjaarsnota.md");
        Assert.Equal((new DateOnly(2026, 4, 15), "budget"), (document.Date, document.Kind));

        await bert.Page.GotoAsync($"/documenten/{document.Id}");
        Assert.Equal("15 april 2026", await bert.Page.Locator(".meta .doc-date").TextContentAsync());
        await bert.Page.GotoAsync("/documenten");
        var listed = bert.Page.Locator("tr").Filter(new LocatorFilterOptions { HasText = "Voorjaarsnota 2026" });
        Assert.Equal("15 april 2026", await listed.Locator("td.doc-date").TextContentAsync());
        Assert.Contains("Begroting of Voorjaarsnota", await listed.TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_date_it_cannot_read_and_keep_what_was_typed()
    {
        using var bert = await Session.LogIn(web, "bert");

        var response = await bert.PostForm("/toevoegen", new() { ["soort"] = "letter", ["partij"] = "Minister van BZK", ["datum"] = "31-02-2026" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&#39;31-02-2026&#39; is geen datum. Schrijf een datum als 2026-03-01 of 1-3-2026.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"datum\" value=\"31-02-2026\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"letter\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_offer_every_kind_of_document_and_a_date_field()
    {
        using var bert = await Session.LogIn(web, "bert");

        var html = await bert.Client.GetStringAsync("/toevoegen");

        Assert.Contains("<input type=\"date\" name=\"datum\"", html, StringComparison.Ordinal);
        foreach (var kind in new[] { "programme", "costing", "agreement", "government-programme", "letter", "budget", "circular", "motion", "other" })
        {
            Assert.Contains($"<option value=\"{kind}\"", html, StringComparison.Ordinal);
        }
    }
}
