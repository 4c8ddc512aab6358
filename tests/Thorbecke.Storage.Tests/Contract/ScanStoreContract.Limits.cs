using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Tests.Fakes;

namespace Thorbecke.Storage.Tests.Contract;

/// <summary>What one file may cost a scan: its time and its size are bounded, and what it shares with others is said.</summary>
public abstract partial class ScanStoreContract
{
    [Fact]
    public void A_file_that_takes_too_long_Should_fail_with_a_reason_while_the_others_are_stored_and_never_be_stored_later()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        using var stalling = new StallingReader();
        var options = new ScanOptions { FileTimeLimit = TimeSpan.FromSeconds(1) };
        ScanInput[] inputs = [Input("vast.slow", "Wij willen meer geld voor gemeenten."), Input("cda.txt", "Het gemeentefonds groeit mee.")];

        var report = new Scanner(store, [stalling, new PlainTextReader()], new CountingMatcher(), options).Scan(agenda, inputs);
        stalling.Release();
        Thread.Sleep(300);

        Assert.Equal(["cda.txt"], report.Documents.Select(d => d.File));
        var error = Assert.Single(report.Errors);
        Assert.Equal("vast.slow", error.File);
        Assert.StartsWith("het lezen en beoordelen duurde langer dan 1 seconde en is afgebroken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog(store).ListDocuments(), d => d.File == "vast.slow");
    }

    [Fact]
    public void A_file_over_the_size_limit_Should_be_refused_without_being_loaded()
    {
        var store = CreateStore();
        var loaded = false;
        var big = new ScanInput("groot.txt", () => { loaded = true; return []; }, DocumentMetadata.Unknown, SizeHint: 3L << 30);

        var report = new Scanner(store, [new PlainTextReader()], new CountingMatcher()).Scan(Samples.Agenda(), [big, Input("cda.txt", "Het gemeentefonds groeit mee.")]);

        Assert.False(loaded);
        Assert.Equal("het bestand is 3 GB groot; Thorbecke leest bestanden tot 256 MB", Assert.Single(report.Errors).Message);
        Assert.Equal(["cda.txt"], report.Documents.Select(d => d.File));
    }

    [Fact]
    public void The_same_content_under_two_names_Should_be_judged_once_and_announced()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        new Scanner(store, [new PlainTextReader()], new CountingMatcher()).Scan(agenda, [Input("cda.txt", "Het gemeentefonds groeit mee.")]);

        var report = new Scanner(store, [new PlainTextReader()], new CountingMatcher(), new ScanOptions { MaxParallelism = 1 })
            .Scan(agenda, [Input("cda-2025.txt", "Het gemeentefonds groeit mee."), Input("kopie.txt", "Het gemeentefonds groeit mee.")]);

        Assert.Single(report.Documents);
        Assert.Equal(
            ["cda-2025.txt: al opgeslagen als cda.txt; dezelfde inhoud wordt één keer beoordeeld en heet nu cda-2025.txt",
             "kopie.txt: heeft dezelfde inhoud als cda-2025.txt; het document is één keer opgenomen"],
            report.Notices.Select(n => n.ToString()));
    }
}
