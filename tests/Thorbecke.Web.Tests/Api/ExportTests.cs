using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Thorbecke.Web.Tests.Api;

[Collection(WebGroup.Name)]
public sealed class ExportTests(WebFixture web)
{
    [Fact]
    public async Task Should_mark_a_reviewed_cell_in_the_json_csv_and_xlsx_downloads()
    {
        using var session = await Session.LogIn(web, "bert");
        var document = TestData.Documents[2].Info;
        var saved = await session.Client.PostAsJsonAsync("/api/reviews", new { ask = "financien-02", document = document.Id, verdict = "support", seenVersion = 0 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var json = await session.Client.GetAsync("/export/resultaten.json");
        var csv = await session.Client.GetAsync("/export/resultaten.csv");
        var xlsx = await session.Client.GetAsync("/export/resultaten.xlsx");

        Assert.Equal("attachment", json.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("\"reviewer\": \"bert\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var csvRow = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).Split("\r\n").Single(l => l.Contains(",financien-02,", StringComparison.Ordinal) && l.StartsWith("Groen Samen", StringComparison.Ordinal));
        Assert.EndsWith(",bert,partial", csvRow, StringComparison.Ordinal);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Row>())
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList());
        var row = rows.Single(r => r.Count > 12 && r[0] == "Groen Samen" && r[2] == "financien-02");
        Assert.Equal(["steunt", "ja", "deels"], row[5..8]);
        Assert.Equal("bert", row[12]);
    }

    [Fact]
    public async Task Should_require_a_login_for_downloads()
    {
        using var session = Session.Anonymous(web);

        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/export/resultaten.xlsx")).StatusCode);
    }
}
