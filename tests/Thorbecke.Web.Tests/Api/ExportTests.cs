using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Thorbecke.Web.Tests.Api;

/// <summary>
/// Every download carries the reviewed verdict with the reviewer's quote and comment: Groen Samen's financien-02
/// (machine: partial) reviewed as support with the quote from page 2.
/// </summary>
[Collection(WebGroup.Name)]
public sealed class ExportTests(WebFixture web)
{
    private const string Ask = "financien-02";
    private const string Comment = "Het gemeentefonds eerlijk verdelen is een eigen belastinggebied in andere woorden.";

    private static readonly string Quote = TestData.Quote(2, "Financiën");

    private static string Document => TestData.Documents[2].Info.Id;

    [Fact]
    public async Task Should_carry_the_review_with_its_quote_and_comment_in_the_json_download()
    {
        using var session = await Reviewed();

        var response = await session.Client.GetAsync("/export/resultaten.json");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var cell = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ask").GetString() == Ask && r.GetProperty("document").GetString() == Document);
        Assert.Equal("support", cell.GetProperty("verdict").GetString());
        Assert.Equal("bert", cell.GetProperty("review").GetProperty("reviewer").GetString());
        Assert.Equal("partial", cell.GetProperty("review").GetProperty("machineVerdict").GetString());
        Assert.Equal(Comment, cell.GetProperty("review").GetProperty("comment").GetString());
        Assert.Equal(Quote, cell.GetProperty("review").GetProperty("evidence")[0].GetProperty("quote").GetString());
    }

    [Theory]
    [InlineData("/export/resultaten.csv", ',', "resultaten.csv")]
    [InlineData("/export/resultaten.csv?excel=nl", ';', "resultaten-excel-nl.csv")]
    public async Task Should_show_the_reviewed_verdict_quote_pages_and_comment_in_the_csv_download(string path, char separator, string fileName)
    {
        using var session = await Reviewed();

        var response = await session.Client.GetAsync(path);

        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var row = text.Split("\r\n").Single(l => l.Contains($"{separator}{Ask}{separator}", StringComparison.Ordinal) && l.StartsWith("Groen Samen", StringComparison.Ordinal));
        var s = separator;
        Assert.Contains($"{s}support{s}steunt{s}ja{s}partial{s}", row, StringComparison.Ordinal);
        Assert.Contains($"{s}2{s}p. 2: {Quote}{s}", row, StringComparison.Ordinal);
        Assert.Contains($"{s}bert{s}", row, StringComparison.Ordinal);
        Assert.EndsWith($"{s}{Comment}", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_reviewed_verdict_quote_and_comment_in_the_xlsx_download()
    {
        using var session = await Reviewed();

        var xlsx = await session.Client.GetAsync("/export/resultaten.xlsx");

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Row>())
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList());
        var row = rows.Single(r => r.Count > 12 && r[0] == "Groen Samen" && r[2] == Ask);
        Assert.Equal(["steunt", "ja", "deels"], row[5..8]);
        Assert.Equal(["2", $"p. 2: {Quote}"], row[9..11]);
        Assert.Equal("bert", row[12]);
        Assert.Equal(Comment, row[14]);
    }

    [Fact]
    public async Task Should_show_the_reviewed_verdict_quote_and_comment_in_the_html_report_download()
    {
        using var session = await Reviewed();

        var response = await session.Client.GetAsync("/export/rapport.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rapport.html", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<td class=\"cell v-support reviewed\">", html, StringComparison.Ordinal);
        Assert.Contains("✎ beoordeeld door bert", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"comment\">Opmerking: {WebUtility.HtmlEncode(Comment)}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<blockquote class=\"quote\"><p>{WebUtility.HtmlEncode(Quote)}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_reviewed_verdict_reviewer_quote_and_comment_in_the_memo_download()
    {
        using var session = await Reviewed();

        var text = await session.Client.GetStringAsync($"/memo.md?vraag={Ask}");

        var entry = text[text.IndexOf("#### Groen Samen", StringComparison.Ordinal)..];
        Assert.StartsWith("#### Groen Samen\n\nVerkiezingsprogramma · oordeel: steunt (beoordeeld door bert)\n", entry, StringComparison.Ordinal);
        Assert.Contains($"> “{Quote}” (p. 2)", entry, StringComparison.Ordinal);
        Assert.Contains($"Opmerking van de beoordelaar: {Comment}", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_require_a_login_for_downloads()
    {
        using var session = Session.Anonymous(web);

        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/export/resultaten.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/export/rapport.html")).StatusCode);
    }

    /// <summary>Bert's review of the cell, saved on top of whatever version an earlier test of this class left.</summary>
    private async Task<Session> Reviewed()
    {
        var session = await Session.LogIn(web, "bert");
        var seen = web.Store.ReviewHistory(Ask, Document) is { Count: > 0 } history ? history[^1].Version : 0;
        var saved = await session.Client.PostAsJsonAsync("/api/reviews", new
        {
            ask = Ask,
            document = Document,
            verdict = "support",
            evidence = new[] { new { page = 2, quote = Quote } },
            comment = Comment,
            seenVersion = seen,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return session;
    }
}
