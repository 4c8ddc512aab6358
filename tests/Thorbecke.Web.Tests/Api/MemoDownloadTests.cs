using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Thorbecke.Web.Tests.Api;

/// <summary>The memo downloads of an ask and a theme, for every logged-in role, with Dutch answers to a wrong ask or theme.</summary>
[Collection(WebGroup.Name)]
public sealed class MemoDownloadTests(WebFixture web)
{
    [Fact]
    public async Task Should_download_an_asks_memo_as_a_word_file_that_validates()
    {
        using var session = await Session.LogIn(web, "vera");

        var response = await session.Client.GetAsync("/memo.docx?vraag=klimaat-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("memo-klimaat-01.docx", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var lines = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("klimaat-01: Geef gemeenten structureel geld voor de warmtetransitie.", lines);
        Assert.Contains("Zonder datum", lines);
    }

    [Fact]
    public async Task Should_download_a_themes_memo_in_markdown_with_every_ask_of_the_theme()
    {
        using var session = await Session.LogIn(web, "vera");

        var response = await session.Client.GetAsync("/memo.md?thema=wonen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("memo-wonen.md", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Memo over thema Wonen\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## wonen-01: ", text, StringComparison.Ordinal);
        Assert.Contains("\n## wonen-02: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("financien-01", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/memo.docx?vraag=wonen-99", HttpStatusCode.NotFound, "Vraag 'wonen-99' staat niet op de agenda 'Inzet van de testgemeente'. Kies een van de 6 vragen: wonen-01, wonen-02, financien-01, financien-02, klimaat-01 of zorg-01.")]
    [InlineData("/memo.md?thema=Onderwijs", HttpStatusCode.NotFound, "Thema 'Onderwijs' staat niet op de agenda 'Inzet van de testgemeente'. Kies uit 'Wonen', 'Financiën', 'Klimaat' of 'Zorg'.")]
    [InlineData("/memo.docx", HttpStatusCode.BadRequest, "Geef voor het memo één vraag (?vraag=formatie-01) of één thema (?thema=...) op, niet allebei.")]
    [InlineData("/memo.md?vraag=wonen-01&thema=Wonen", HttpStatusCode.BadRequest, "Geef voor het memo één vraag")]
    public async Task Should_answer_a_wrong_ask_or_theme_in_dutch(string path, HttpStatusCode status, string message)
    {
        using var session = await Session.LogIn(web, "vera");

        var response = await session.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_require_a_login_for_a_memo()
    {
        using var session = Session.Anonymous(web);

        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/memo.docx?vraag=wonen-01")).StatusCode);
    }

    [Fact]
    public async Task Should_offer_both_memos_of_every_theme_on_the_export_page()
    {
        using var session = await Session.LogIn(web, "vera");

        var html = await session.Client.GetStringAsync("/export");

        Assert.Contains("<h2>Memo per thema</h2>", html, StringComparison.Ordinal);
        foreach (var theme in TestData.Agenda.Themes)
        {
            var query = WebUtility.HtmlEncode(Uri.EscapeDataString(theme));
            Assert.Contains($"<a href=\"/memo.docx?thema={query}\" download>Word</a>", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/memo.md?thema={query}\" download>Markdown</a>", html, StringComparison.Ordinal);
        }
    }
}
