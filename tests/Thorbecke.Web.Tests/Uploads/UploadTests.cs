using System.Net;
using Microsoft.Playwright;
using Thorbecke.Storage.Files;
using Thorbecke.Testing.Documents;
using Thorbecke.Web.Tests.Browser;

namespace Thorbecke.Web.Tests.Uploads;

/// <summary>
/// Documents added through the browser on a fresh install: scanned in the background against the built-in VNG agenda
/// with the real engine, shown in the matrix, their PDF kept for the quote links; bad files refused by name.
/// </summary>
[Collection(UploadGroup.Name)]
public sealed class UploadTests(EmptyWebFixture web)
{
    private static readonly byte[] Programme = new PdfFixtureBuilder()
        .AddPage(p => p.Heading("Gemeenten").Paragraph("Wij schaffen de opschalingskorting definitief af, zodat gemeenten financiële zekerheid krijgen."))
        .AddPage(p => p.Heading("Jeugdzorg").Paragraph("Gemeenten krijgen structureel meer geld voor de jeugdzorg en meer grip op de instroom in de jeugdhulp."))
        .Build();

    [Fact]
    public async Task Should_scan_an_uploaded_programme_in_the_background_and_show_it_in_the_matrix()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");
        await bert.Page.GotoAsync("/toevoegen");

        await bert.Page.Locator("input[name=bestanden]").SetInputFilesAsync(new FilePayload { Name = "gemeentepartij.pdf", MimeType = "application/pdf", Buffer = Programme });
        await bert.Page.Locator("input[name=partij]").FillAsync("Gemeentepartij");
        await bert.Page.Locator("select[name=soort]").SelectOptionAsync("programme");
        await bert.Page.Locator("form.review-form button").ClickAsync();

        var row = await WaitForState(bert, "gemeentepartij.pdf", "klaar");
        await bert.Screenshot("toevoegen.png");

        await bert.Page.GotoAsync("/");
        var column = bert.Page.Locator("th.party").Filter(new LocatorFilterOptions { HasText = "Gemeentepartij" });
        Assert.Equal(1, await column.CountAsync());
        var report = web.Store.LoadLatestReport()!;
        var document = Assert.Single(report.Documents, d => d.Party == "Gemeentepartij");
        Assert.Equal(report.Agenda.Asks.Count, await bert.Page.Locator($"td.cell[data-document='{document.Id}']").CountAsync());
        Assert.Equal("vng-2025", report.Agenda.Id);

        var abolished = report.Results.Single(r => r.Document == document.Id && r.Ask == "formatie-01");
        Assert.NotEqual("none", abolished.Verdict.ToString().ToLowerInvariant());
        Assert.NotNull(DocumentArchive.BesideDatabase(web.DatabasePath).Find(document));
    }

    [Fact]
    public async Task Should_link_a_quote_to_the_kept_pdf_at_its_page()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");
        await EnsureUploaded(bert, "pdf-link.pdf", "Linkpartij");
        var document = web.Store.LoadLatestReport()!.Documents.Single(d => d.Party == "Linkpartij");

        await bert.Page.GotoAsync($"/vragen/formatie-01");
        var link = bert.Page.Locator($"a[href^='/documenten/{document.Id}/origineel#page=']").First;
        Assert.Equal($"/documenten/{document.Id}/origineel#page=1", await link.GetAttributeAsync("href"));

        var response = await bert.Api.GetAsync($"/documenten/{document.Id}/origineel");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.Equal(await File.ReadAllBytesAsync(DocumentArchive.BesideDatabase(web.DatabasePath).Find(document)!), await response.BodyAsync());
    }

    [Fact]
    public async Task Should_keep_the_earlier_documents_when_an_upload_cannot_be_read()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");
        await EnsureUploaded(bert, "eerste.pdf", "Eerste Partij");
        var before = web.Store.LoadLatestReport()!.Documents.Select(d => d.Id).ToList();

        await Upload(bert, "kapot.pdf", "Kapotte Partij", BrokenPdfs.Truncated(Programme));
        var row = await WaitForState(bert, "kapot.pdf", "mislukt");

        Assert.Contains("kapot.pdf", await row.TextContentAsync(), StringComparison.Ordinal);
        var after = web.Store.LoadLatestReport()!;
        Assert.Subset(after.Documents.Select(d => d.Id).ToHashSet(), before.ToHashSet());
        Assert.Contains(after.Errors, e => e.File == "kapot.pdf");
    }

    [Fact]
    public async Task Should_refuse_a_file_type_it_cannot_read_naming_the_file()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");

        await Upload(bert, "virus.exe", "Niemand", [0x4d, 0x5a, 0, 0]);

        Assert.Contains("virus.exe", await bert.Page.Locator(".message.error").TextContentAsync(), StringComparison.Ordinal);
        await Upload(bert, "nep.pdf", "Niemand", BrokenPdfs.NotAPdf());
        Assert.Contains("nep.pdf: de inhoud is geen PDF", await bert.Page.Locator(".message.error").TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(web.Store.ListDocuments(), d => d.Party == "Niemand");
    }

    [Fact]
    public async Task Should_keep_the_form_when_every_file_is_refused()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");

        await Upload(bert, "notulen.doc", "Vasthoudende Partij", [0xd0, 0xcf, 0x11, 0xe0]);

        Assert.Contains("notulen.doc: bestanden van het type .doc", await bert.Page.Locator(".message.error").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Vasthoudende Partij", await bert.Page.Locator("input[name=partij]").InputValueAsync());
    }

    [Fact]
    public async Task Should_scan_the_good_files_of_a_batch_and_name_the_refused_ones()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");
        var good = new PdfFixtureBuilder().AddPage(p => p.Heading("Batchpartij").Paragraph("Wij investeren structureel in de jeugdzorg van gemeenten.")).Build();
        await bert.Page.GotoAsync("/toevoegen");

        await bert.Page.Locator("input[name=bestanden]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "oud.doc", MimeType = "application/msword", Buffer = [0xd0, 0xcf, 0x11, 0xe0] },
            new FilePayload { Name = "batch.pdf", MimeType = "application/pdf", Buffer = good },
            new FilePayload { Name = "nep.docx", MimeType = "application/octet-stream", Buffer = "geen zip"u8.ToArray() },
        });
        await bert.Page.Locator("input[name=partij]").FillAsync("Batchpartij");
        await bert.Page.Locator("form.review-form button").ClickAsync();

        await WaitForState(bert, "batch.pdf", "klaar");
        var refused = await WaitForState(bert, "oud.doc", "geweigerd");
        Assert.Contains("bestanden van het type .doc kan Thorbecke niet lezen", await refused.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("de inhoud is geen Word-document", await (await WaitForState(bert, "nep.docx", "geweigerd")).TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains(web.Store.LoadLatestReport()!.Documents, d => d.File == "batch.pdf");
        await bert.Screenshot("toevoegen-deels-geweigerd.png");
    }

    [Fact]
    public async Task Should_keep_what_is_known_of_a_document_that_is_uploaded_again_without_a_party()
    {
        await using var bert = await BrowserSession.LogIn(web, "bert");
        var pdf = new PdfFixtureBuilder().AddPage(p => p.Heading("Wonen").Paragraph("Wij bouwen meer sociale huurwoningen in elke gemeente.")).Build();
        await Upload(bert, "bekend.pdf", "Bekende Partij", pdf);
        await WaitForState(bert, "bekend.pdf", "klaar");

        await Upload(bert, "bekend-opnieuw.pdf", "", pdf);
        await WaitForState(bert, "bekend-opnieuw.pdf", "klaar");

        var document = Assert.Single(web.Store.LoadLatestReport()!.Documents, d => d.File == "bekend-opnieuw.pdf");
        Assert.Equal("Bekende Partij", document.Party);
    }

    [Fact]
    public async Task Should_refuse_a_big_body_anywhere_but_the_upload()
    {
        using var bert = await Session.LogIn(web, "bert");
        var comment = new string('x', 2 * 1024 * 1024);
        using var huge = new StringContent($"{{\"ask\":\"formatie-01\",\"document\":\"x\",\"verdict\":\"support\",\"comment\":\"{comment}\"}}", System.Text.Encoding.UTF8, "application/json");

        // The server answers from the Content-Length alone; without 100-continue the client may still be sending
        // when the server closes the connection, and the test would see a broken pipe instead of the answer.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reviews") { Content = huge };
        request.Headers.ExpectContinue = true;
        var response = await bert.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Should_not_let_a_viewer_upload()
    {
        await using var vera = await BrowserSession.LogIn(web, "vera");
        await vera.Page.GotoAsync("/toevoegen");
        Assert.Equal(0, await vera.Page.Locator("input[type=file]").CountAsync());

        using var session = await Session.LogIn(web, "vera");
        var page = await session.Client.GetStringAsync("/toevoegen");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Session.Token(page)), "__af" },
            { new StringContent("programme"), "soort" },
            { new ByteArrayContent(Programme), "bestanden", "stiekem.pdf" },
        };
        var response = await session.Client.PostAsync("/toevoegen", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(web.Store.ListDocuments(), d => d.File == "stiekem.pdf");
    }

    private async Task EnsureUploaded(BrowserSession session, string file, string party)
    {
        if (web.Store.LoadLatestReport()?.Documents.Any(d => d.Party == party) == true)
        {
            return;
        }

        // Each test's programme differs by its party line, so each upload is a document of its own.
        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Heading(party).Paragraph("Wij schaffen de opschalingskorting definitief af, zodat gemeenten financiële zekerheid krijgen."))
            .Build();
        await Upload(session, file, party, pdf);
        var row = await WaitForState(session, file, "klaar");
    }

    /// <summary>Waits while the page reloads itself; on a timeout the page's text tells what happened instead.</summary>
    private static async Task<ILocator> WaitForState(BrowserSession session, string file, string state)
    {
        var row = session.Page.Locator("tr[data-state]").Filter(new LocatorFilterOptions { HasText = file });
        try
        {
            await Assertions.Expect(row).ToHaveAttributeAsync("data-state", state, new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            Assert.Fail($"{file} did not become '{state}': {e.Message}\n{await session.Page.Locator("main").TextContentAsync()}");
        }

        return row;
    }

    private static async Task Upload(BrowserSession session, string file, string party, byte[] content)
    {
        await session.Page.GotoAsync("/toevoegen");
        await session.Page.Locator("input[name=bestanden]").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "application/octet-stream", Buffer = content });
        await session.Page.Locator("input[name=partij]").FillAsync(party);
        await session.Page.Locator("form.review-form button").ClickAsync();
    }
}
