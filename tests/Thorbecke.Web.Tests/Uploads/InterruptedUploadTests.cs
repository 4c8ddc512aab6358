using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Thorbecke.Core.Accounts;
using Thorbecke.Core.Uploads;
using Thorbecke.Storage;
using Thorbecke.Storage.Files;
using Thorbecke.Testing;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Web.Tests.Uploads;

/// <summary>
/// A server that stopped while an upload waited or was scanned shows it as interrupted when it starts again, with its
/// files kept, and scans it on request.
/// </summary>
public sealed partial class InterruptedUploadTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private WebApplication? app;

    private string DatabasePath => folder.File("thorbecke.db");

    public async Task InitializeAsync()
    {
        // What a killed server leaves behind: one upload being scanned, one waiting, their files in the inbox.
        using (var store = new SqliteScanStore(DatabasePath))
        {
            store.SaveAccount(new Account("bert", Role.Admin, PasswordHashing.Hash(TestData.Password)));
            var inbox = UploadInbox.BesideDatabase(DatabasePath);
            foreach (var (file, status) in new[] { ("bezig.pdf", UploadStatus.Scanning), ("wachtend.pdf", UploadStatus.Waiting) })
            {
                var upload = store.AddUpload(new Upload(0, "bert", DateTimeOffset.UtcNow, "Onderbroken Partij", "programme", status, null, [new UploadFile(file)]));
                inbox.Keep(upload.Id, [Programme(file)]);
            }
        }

        app = WebApp.Build(new WebAppOptions(DatabasePath, "http://127.0.0.1:0"));
        await app.StartAsync();
    }

    [Fact]
    public async Task Should_show_uploads_of_a_stopped_server_as_interrupted_and_scan_them_again_on_request()
    {
        using var bert = await Session.LogIn(new Uri(app!.Urls.First()), "bert");

        var page = await bert.Client.GetStringAsync("/toevoegen");
        Assert.Equal(2, StateOf().Matches(page).Count(m => m.Groups[1].Value == "onderbroken"));
        Assert.Contains("De webapp werd gestopt voordat deze upload gescand was", page, StringComparison.Ordinal);
        Assert.Contains("Opnieuw scannen", page, StringComparison.Ordinal);

        var retry = await bert.PostForm("/toevoegen/1/opnieuw", [], "/toevoegen");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);

        // The journal says done only once the scan's run is finished; a file's row says "klaar" a moment earlier.
        using var store = new SqliteScanStore(DatabasePath);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (store.RecentUploads(10).All(u => u.Status != UploadStatus.Done) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Contains("data-state=\"klaar\"", await bert.Client.GetStringAsync("/toevoegen"), StringComparison.Ordinal);
        Assert.Equal(["bezig.pdf"], store.LoadLatestReport()!.Documents.Select(d => d.File));
        var uploads = store.RecentUploads(10);
        Assert.Equal([UploadStatus.Interrupted, UploadStatus.Done], uploads.Select(u => u.Status));
        Assert.False(Directory.Exists(Path.Combine(UploadInbox.BesideDatabase(DatabasePath).Folder, "1")));
        Assert.Equal(HttpStatusCode.Conflict, (await bert.PostForm("/toevoegen/1/opnieuw", [], "/toevoegen")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public void Dispose() => folder.Dispose();

    private static byte[] Programme(string file) => new PdfFixtureBuilder()
        .AddPage(p => p.Heading(file).Paragraph("Wij schaffen de opschalingskorting definitief af, zodat gemeenten financiële zekerheid krijgen."))
        .Build();

    [GeneratedRegex("data-state=\"([a-z]+)\"")]
    private static partial Regex StateOf();
}
