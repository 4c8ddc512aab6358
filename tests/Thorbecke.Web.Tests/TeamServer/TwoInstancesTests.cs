using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thorbecke.Core.Uploads;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Web.Tests.TeamServer;

/// <summary>Two app instances on one PostgreSQL database behave as one app: reviews, conflicts, logins and uploads.</summary>
public sealed class TwoInstancesTests(TeamServerFixture team) : IClassFixture<TeamServerFixture>
{
    private static string DocumentId(int index) => TestData.Documents[index].Info.Id;

    [Fact]
    public async Task Should_show_a_review_saved_on_one_instance_on_the_other()
    {
        using var onA = await Session.LogIn(team.A, "anna");
        using var onB = await Session.LogIn(team.B, "bert");

        var saved = await onA.Client.PostAsJsonAsync("/api/reviews", new { ask = "zorg-01", document = DocumentId(1), verdict = "oppose", comment = "Op A opgeslagen" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var results = JsonDocument.Parse(await onB.Client.GetStringAsync("/api/results"));
        var cell = results.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ask").GetString() == "zorg-01" && r.GetProperty("document").GetString() == DocumentId(1));
        Assert.Equal("oppose", cell.GetProperty("verdict").GetString());
        Assert.Equal("Op A opgeslagen", cell.GetProperty("review").GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Should_give_one_save_and_one_409_when_both_instances_save_one_cell_from_the_same_version()
    {
        using var onA = await Session.LogIn(team.A, "anna");
        using var onB = await Session.LogIn(team.B, "bert");

        var saves = await Task.WhenAll(
            onA.Client.PostAsJsonAsync("/api/reviews", new { ask = "wonen-01", document = DocumentId(0), verdict = "support", seenVersion = 0 }),
            onB.Client.PostAsJsonAsync("/api/reviews", new { ask = "wonen-01", document = DocumentId(0), verdict = "oppose", seenVersion = 0 }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], saves.Select(s => s.StatusCode).Order());
        Assert.Single(team.Home.Store.ReviewHistory("wonen-01", DocumentId(0)));
    }

    [Fact]
    public async Task Should_accept_a_login_of_one_instance_on_the_other()
    {
        using var onA = await Session.LogIn(team.A, "anna");
        var cookie = onA.Cookies.GetCookieHeader(team.A);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = team.B };
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Should_scan_an_upload_once_and_show_it_on_both_instances()
    {
        using var onA = await Session.LogIn(team.A, "bert");
        var runs = team.Home.Store.RecentUploads(100).Count;
        var token = Session.Token(await onA.Client.GetStringAsync("/toevoegen"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__af" },
            { new StringContent("Teampartij"), "partij" },
            { new StringContent("programme"), "soort" },
            { new ByteArrayContent(new PdfFixtureBuilder().AddPage(p => p.Heading("Wonen").Paragraph("Wij bouwen meer betaalbare huurwoningen in elke gemeente.")).Build()), "bestanden", "team.pdf" },
        };

        Assert.Equal(HttpStatusCode.Redirect, (await onA.Client.PostAsync("/toevoegen", form)).StatusCode);

        var upload = await Settled(runs);
        Assert.True(upload.Status == UploadStatus.Done, upload.Message);
        Assert.False(team.Home.Store.ClaimUpload(upload.Id));
        using var onB = await Session.LogIn(team.B, "anna");
        Assert.Contains("Teampartij", await onB.Client.GetStringAsync("/"), StringComparison.Ordinal);
        var uploads = await onB.Client.GetStringAsync("/toevoegen");
        Assert.Matches("<tr[^>]*data-state=\"klaar\"[^>]*>(?:(?!</tr>).)*team\\.pdf", uploads.Replace("\n", " ", StringComparison.Ordinal));
    }

    private async Task<Upload> Settled(int before)
    {
        for (var wait = 0; wait < 600; wait++)
        {
            var uploads = team.Home.Store.RecentUploads(100);
            if (uploads.Count > before && uploads[0].Status is not (UploadStatus.Waiting or UploadStatus.Scanning))
            {
                return uploads[0];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The upload was not scanned within a minute.");
    }
}
