using System.Text;
using Microsoft.Playwright;
using Thorbecke.Application.Engine;
using Thorbecke.Application.Projects;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage;
using Thorbecke.Storage.Files;
using Thorbecke.Testing.Documents;
using Thorbecke.Web.Tests.Browser;

namespace Thorbecke.Web.Tests.Uploads;

/// <summary>
/// A project scanned with a user's thesaurus (as <c>thorbecke scan --thesaurus</c> does) takes uploads: the web app
/// judges them with the settings the scan saved, instead of refusing them or judging with another engine.
/// </summary>
public sealed class ThesaurusProjectTests(ThesaurusProjectTests.Fixture web) : IClassFixture<ThesaurusProjectTests.Fixture>
{
    private static readonly EngineSettings Settings = new("opschalingskorting, herverdeelkorting");

    [Fact]
    public async Task Should_judge_an_upload_with_the_thesaurus_of_the_scan_it_joins()
    {
        var engine = web.Store.LoadLatestReport()!.EngineVersion;
        await using var bert = await BrowserSession.LogIn(web, "bert");
        await bert.Page.GotoAsync("/toevoegen");
        var pdf = new PdfFixtureBuilder()
            .AddPage(p => p.Heading("Gemeenten").Paragraph("Wij schaffen de herverdeelkorting op het gemeentefonds definitief af."))
            .Build();
        await bert.Page.Locator("input[name=bestanden]").SetInputFilesAsync(new FilePayload { Name = "blauw.pdf", MimeType = "application/pdf", Buffer = pdf });
        await bert.Page.Locator("input[name=partij]").FillAsync("Blauw");
        await bert.Page.Locator("form.review-form button").ClickAsync();

        var row = bert.Page.Locator("tr[data-state]").Filter(new LocatorFilterOptions { HasText = "blauw.pdf" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "klaar", new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });

        var report = web.Store.LoadLatestReport()!;
        Assert.Equal(engine, report.EngineVersion);
        Assert.Equal(["Blauw", "Rood"], report.Documents.Select(d => d.Party).Order());
        Assert.NotEqual(new EngineSettings(), EngineSettings.Of(web.Store));
    }

    /// <summary>The app over one programme scanned with a user's thesaurus.</summary>
    public sealed class Fixture : WebFixture
    {
        protected override void Seed(SqliteScanStore store)
        {
            var text = Encoding.UTF8.GetBytes(SimpleDocuments.Markdown("Verkiezingsprogramma Rood", ("Gemeenten", ["Wij schaffen de herverdeelkorting af."])));
            var scan = new ProjectScan(store, DocumentArchive.BesideDatabase(store.FilePath), Path.Combine(Path.GetDirectoryName(store.FilePath)!, "thorbecke-llm-cache"));
            scan.Run(BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!, [new ScanInput("rood.md", () => text, new DocumentMetadata(Party: "Rood"), text.Length)], Settings);
        }
    }
}
