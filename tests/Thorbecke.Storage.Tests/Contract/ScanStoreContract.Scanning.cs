using System.Text;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Tests.Fakes;

namespace Thorbecke.Storage.Tests.Contract;

/// <summary>The store as the <see cref="Scanner"/> uses it: reuse on a second scan, and completing a scan that died.</summary>
public abstract partial class ScanStoreContract
{
    private static readonly ScanInput[] Inputs =
    [
        Input("bij1.txt", "Wij willen meer geld voor gemeenten.\fEn betaalbare woningen."),
        Input("cda.txt", "Het gemeentefonds groeit mee."),
        Input("kapot.doc", "geen lezer voor dit type"),
        Input("vvd.txt", "Minder regels.\fMeer woningen.\fLagere lasten."),
    ];

    [Fact]
    public void A_second_scan_Should_reuse_stored_documents_and_results()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var firstReport = new Scanner(store, [new PlainTextReader()], new CountingMatcher()).Scan(agenda, Inputs);
        var reader = new PlainTextReader();
        var matcher = new CountingMatcher();

        var secondReport = new Scanner(store, [reader], matcher).Scan(agenda, Inputs);

        Assert.Equal(0, reader.Reads);
        Assert.Empty(matcher.MatchedFiles);
        Assert.Equal(firstReport.Documents, secondReport.Documents);
        StoreAssert.SameResults(firstReport.Results, secondReport.Results);
        StoreAssert.SameResults(secondReport.Results, store.LoadLatestReport()!.Results);
        Assert.Equal(secondReport.Errors, store.LoadLatestReport()!.Errors);
    }

    [Fact]
    public void A_scan_that_died_half_way_Should_be_completed_by_the_next_scan()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var serial = new ScanOptions { MaxParallelism = 1 };
        var dying = new Scanner(store, [new PlainTextReader()], new CountingMatcher(failOnFile: "cda.txt"), serial);
        Assert.ThrowsAny<Exception>(() => dying.Scan(agenda, Inputs));
        Assert.Null(store.LoadLatestReport());
        var matcher = new CountingMatcher();

        var report = new Scanner(store, [new PlainTextReader()], matcher, serial).Scan(agenda, Inputs);

        Assert.DoesNotContain("bij1.txt", matcher.MatchedFiles);
        Assert.Contains("cda.txt", matcher.MatchedFiles);
        var stored = store.LoadLatestReport()!;
        Assert.Equal(["bij1.txt", "cda.txt", "vvd.txt"], stored.Documents.Select(d => d.File));
        Assert.Equal(3 * agenda.Asks.Count, stored.Results.Count);
        StoreAssert.SameResults(report.Results, stored.Results);
        Assert.Equal("kapot.doc", Assert.Single(stored.Errors).File);
    }

    [Fact]
    public void An_engine_failure_on_one_document_Should_be_reported_for_that_file_while_the_others_are_judged()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();

        var report = new Scanner(store, [new PlainTextReader()], new CountingMatcher(brokenOnFile: "cda.txt")).Scan(agenda, Inputs);

        Assert.Equal(["bij1.txt", "vvd.txt"], report.Documents.Select(d => d.File));
        Assert.Contains(report.Errors, e => e.File == "cda.txt" && e.Message.Contains("interne fout", StringComparison.Ordinal));
        Assert.Equal(2, report.ExitCode);
    }

    [Fact]
    public void A_stored_document_Should_be_judged_again_from_its_pages_without_its_file()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var first = new Scanner(store, [new PlainTextReader()], new CountingMatcher()).Scan(agenda, Inputs);
        var reader = new PlainTextReader();
        var matcher = new CountingMatcher();
        ScanInput[] inputs = [.. first.Documents.Select(ScanInput.Stored), Input("d66.txt", "Gemeenten krijgen meer ruimte.")];

        var report = new Scanner(store, [reader], matcher).Scan(agenda, inputs);

        Assert.Equal(["bij1.txt", "cda.txt", "vvd.txt", "d66.txt"], report.Documents.Select(d => d.File));
        Assert.Equal(first.Documents, report.Documents.Take(3));
        Assert.Equal(["d66.txt"], matcher.MatchedFiles);
        Assert.Equal(1, reader.Reads);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void A_stored_document_that_is_gone_Should_be_an_error_for_that_file_only()
    {
        var store = CreateStore();
        var gone = new DocumentInfo("0123456789abcdef", "weg.pdf", new string('a', 64), "Weg", "programme", "Weg", null, 3);

        var report = new Scanner(store, [new PlainTextReader()], new CountingMatcher()).Scan(Samples.Agenda(), [ScanInput.Stored(gone), Inputs[1]]);

        Assert.Equal(["cda.txt"], report.Documents.Select(d => d.File));
        Assert.Contains("niet meer in de database", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_stored_before_printed_pages_were_read_Should_get_its_offset_when_scanned_again()
    {
        var store = CreateStore();
        var content = Encoding.UTF8.GetBytes("de bytes van een oude pdf");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        var pages = Enumerable.Range(1, 6).Select(n => new Page(n, n <= 2 ? "Omslag" : $"Wonen\nWij bouwen woningen.\n{n - 2}")).ToList();
        var info = new DocumentInfo(DocumentInfo.IdFor(sha), "oud.pdf", sha, "Oud", "programme", "Oud", null, pages.Count);
        store.SaveDocument(new Document(info, pages, [new Passage(0, 3, "Wij bouwen woningen.", [])]));

        new Scanner(store, [], new CountingMatcher()).Scan(Samples.Agenda(), [new ScanInput("oud.pdf", () => content, DocumentMetadata.Unknown)]);

        Assert.Equal(2, store.FindDocument(sha)!.Info.PrintedPageOffset);
    }

    private static ScanInput Input(string file, string text) =>
        new(file, () => Encoding.UTF8.GetBytes(text), DocumentMetadata.Unknown);
}
