using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Thorbecke.Core.Uploads;
using Thorbecke.Core.Verdicts;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>
/// Learning in the app: a saved review makes the engine judge the ask's unreviewed cells in the other documents again,
/// in the background and within seconds, while reviewed cells keep what they had and uploads keep working.
/// </summary>
[Collection(RelearnGroup.Name)]
public sealed class RelearnTests(RelearnFixture web)
{
    private const string Ask = RelearnFixture.Ask;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static string DocumentId(int index) => RelearnFixture.Documents[index].Info.Id;

    [Fact]
    public async Task Should_judge_the_unreviewed_cells_of_an_ask_again_after_a_review_and_leave_reviewed_cells_alone()
    {
        var before = Stored(1);
        Assert.Contains("geleerd van 6 beoordelingen", before.Rationale, StringComparison.Ordinal);
        var reviewedC = Stored(2);

        // Given C reviewed through the API, B learns from it.
        using var anna = await Session.LogIn(web, "anna");
        var api = await anna.Client.PostAsJsonAsync("/api/reviews", new { ask = Ask, document = DocumentId(2), verdict = "oppose" });
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        await WaitFor(1, r => r.Rationale.Contains("geleerd van 7 beoordelingen", StringComparison.Ordinal));

        // When A is reviewed through the cell page's form, with a quote of its own,
        var stopwatch = Stopwatch.StartNew();
        var form = await anna.PostForm($"/vragen/{Ask}/{DocumentId(0)}", new()
        {
            ["oordeel"] = "oppose",
            ["extra_pagina"] = "1",
            ["extra_citaat"] = RelearnFixture.Documents[0].Pages[0].Text,
            ["gezien"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);

        // then B's unreviewed cell is judged again, learning from one review more, and shows so after a reload,
        var after = await WaitFor(1, r => r.Rationale.Contains("geleerd van 8 beoordelingen", StringComparison.Ordinal));
        Assert.True(stopwatch.Elapsed < Patience, $"re-judged after {stopwatch.Elapsed}");
        Assert.NotEqual(before.Rationale, after.Rationale);
        var page = await anna.Client.GetStringAsync($"/vragen/{Ask}/{DocumentId(1)}");
        Assert.Contains("geleerd van 8 beoordelingen", page, StringComparison.Ordinal);

        // while the reviewed cell of C keeps the machine's result it had, and the review wins where the cell shows.
        var keptC = Stored(2);
        Assert.Equal((reviewedC.Verdict, reviewedC.Confidence, reviewedC.Rationale), (keptC.Verdict, keptC.Confidence, keptC.Rationale));
        Assert.Equal(reviewedC.Evidence, keptC.Evidence);
        Assert.Equal(Verdict.Oppose, Assert.Single(web.Store.ReviewHistory(Ask, DocumentId(2))).Verdict);
    }

    [Fact]
    public async Task Should_scan_an_upload_after_a_review_with_the_engine_of_the_run_it_joins()
    {
        using var anna = await Session.LogIn(web, "anna");
        var review = await anna.Client.PostAsJsonAsync("/api/reviews", new { ask = "formatie-02", document = DocumentId(1), verdict = "partial" });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Heading("Partij D").Paragraph("Wij schaffen de opschalingskorting definitief af, zodat gemeenten financiële zekerheid krijgen."))
            .Build();
        var uploadPage = await anna.Client.GetStringAsync("/toevoegen");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(Session.Token(uploadPage)), "__af" },
            { new StringContent("Partij D"), "partij" },
            { new StringContent("programme"), "soort" },
            { new ByteArrayContent(pdf), "bestanden", "partij-d.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await anna.Client.PostAsync("/toevoegen", upload)).StatusCode);

        var deadline = DateTime.UtcNow + (4 * Patience);
        Upload? job = null;
        while (DateTime.UtcNow < deadline && (job = web.Store.RecentUploads(5).FirstOrDefault(u => u.Party == "Partij D")) is not { IsActive: false })
        {
            await Task.Delay(100);
        }

        Assert.Equal((UploadStatus.Done, (string?)null), (job?.Status, job?.Status == UploadStatus.Done ? null : job?.Message));
        var latest = web.Store.LoadLatestReport()!;
        Assert.Equal(RelearnFixture.Engine, latest.EngineVersion);
        Assert.Contains(latest.Documents, d => d.Party == "Partij D");
        Assert.All(RelearnFixture.Documents, d => Assert.Contains(latest.Documents, known => known.Id == d.Info.Id));
    }

    private AskResult Stored(int document) =>
        web.Store.FindResults(RelearnFixture.Fingerprint, RelearnFixture.Engine, DocumentId(document))!.Single(r => r.Ask == Ask);

    private async Task<AskResult> WaitFor(int document, Func<AskResult, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        var result = Stored(document);
        while (!done(result) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            result = Stored(document);
        }

        Assert.True(done(result), string.Create(CultureInfo.InvariantCulture, $"after {Patience.TotalSeconds} s: {result.Verdict}, {result.Rationale}"));
        return result;
    }
}
