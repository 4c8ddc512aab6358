using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Thorbecke.Storage;
using Thorbecke.Testing;
using Thorbecke.Testing.Documents;
using Thorbecke.Testing.Hostile;
using Xunit.Abstractions;

namespace Thorbecke.Cli.Tests;

/// <summary>
/// A running <c>thorbecke serve</c> with what users do to it: hostile files uploaded among good ones leave it running,
/// serving and under a gigabyte, each named with its reason; a CLI scan into its database hides nothing it showed.
/// </summary>
public sealed partial class ServeUploadTests(ITestOutputHelper output) : IDisposable
{
    private const long Gigabyte = 1L << 30;

    private readonly TempFolder folder = new();

    private string DatabasePath => folder.File("thorbecke.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Should_name_every_hostile_upload_keep_serving_and_stay_under_a_gigabyte()
    {
        using var server = await ServeProcess.StartLoggedIn(folder.Path, DatabasePath);
        var good = Programme("Goede Partij");

        var upload = await server.PostForm("/toevoegen", form =>
        {
            foreach (var file in HostileFiles.All())
            {
                form.Add(new ByteArrayContent(file.Content), "bestanden", file.Name);
            }

            form.Add(new ByteArrayContent(good), "bestanden", "goed.pdf");
            form.Add(new StringContent("programme"), "soort");
            form.Add(new StringContent("Goede Partij"), "partij");
        });
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var clock = Stopwatch.StartNew();
        var states = await WaitUntilSettled(server);
        output.WriteLine($"{states.Count} files settled in {clock.Elapsed.TotalSeconds:0.0} s; server peak memory {server.PeakMemory >> 20} MiB");

        Assert.False(server.HasExited, server.ToString());
        Assert.True(server.PeakMemory < Gigabyte, $"peak memory {server.PeakMemory >> 20} MiB");
        Assert.Equal("klaar", states["goed.pdf"].State);
        foreach (var file in HostileFiles.All())
        {
            Assert.Equal("mislukt", states[file.Name].State);
            Assert.Contains("het bestand", states[file.Name].Text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/")).StatusCode);
        Assert.Contains("Goede Partij", await server.Client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_an_uploaded_document_and_its_review_visible_after_a_cli_scan()
    {
        using var server = await ServeProcess.StartLoggedIn(folder.Path, DatabasePath);
        await server.PostForm("/toevoegen", form =>
        {
            form.Add(new ByteArrayContent(Programme("Webpartij")), "bestanden", "web.pdf");
            form.Add(new StringContent("programme"), "soort");
            form.Add(new StringContent("Webpartij"), "partij");
        });
        await WaitUntilSettled(server);
        string document;
        using (var store = new SqliteScanStore(DatabasePath))
        {
            document = store.LoadLatestReport()!.Documents.Single(d => d.Party == "Webpartij").Id;
        }

        var review = await server.Client.PostAsJsonAsync("/api/reviews", new { ask = "formatie-01", document, verdict = "oppose", comment = "Nagekeken door de analist." });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        var other = folder.Write("ander.txt", "Wij bouwen meer sociale huurwoningen voor starters in elke gemeente.\n");
        var scan = CliProcess.Run(folder.Path, "scan", "--db", DatabasePath, other);
        Assert.True(scan.ExitCode == 0, scan.ToString());

        var overview = await server.Client.GetStringAsync("/");
        Assert.Contains("Webpartij", overview, StringComparison.Ordinal);
        Assert.Contains("Ander", overview, StringComparison.Ordinal);
        var cell = await server.Client.GetAsync($"/vragen/formatie-01/{document}");
        Assert.Equal(HttpStatusCode.OK, cell.StatusCode);
        Assert.Contains("Nagekeken door de analist.", await cell.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static byte[] Programme(string party) => new PdfFixtureBuilder()
        .AddPage(p => p.Heading(party).Paragraph("Wij schaffen de opschalingskorting definitief af, zodat gemeenten financiële zekerheid krijgen."))
        .Build();

    /// <summary>Polls the upload page until no file is waiting or being scanned; each file's state and row text.</summary>
    private static async Task<Dictionary<string, (string State, string Text)>> WaitUntilSettled(ServeProcess server)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var rows = Row().Matches(await server.Client.GetStringAsync("/toevoegen"))
                .Select(m => (File: WebUtility.HtmlDecode(m.Groups[2].Value), State: m.Groups[1].Value, Text: WebUtility.HtmlDecode(m.Groups[3].Value)))
                .ToList();
            if (rows.Count > 0 && rows.All(r => r.State is not "bezig"))
            {
                return rows.GroupBy(r => r.File).ToDictionary(g => g.Key, g => (g.First().State, g.First().Text));
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(4), "the upload did not settle within 4 minutes");
            Assert.False(server.HasExited, server.ToString());
            await Task.Delay(500);
        }
    }

    [GeneratedRegex("<tr id=\"opdracht-\\d+\" data-state=\"([a-z]+)\"><td>\\d+</td><td><code>([^<]+)</code></td>.*?<td class=\"state\">([^<]*)</td></tr>")]
    private static partial Regex Row();
}
