using Thorbecke.Core.Documents;

namespace Thorbecke.Storage.Tests.Contract;

public abstract partial class ScanStoreContract
{
    [Fact]
    public void SaveDocument_Should_keep_the_printed_page_offset()
    {
        var store = CreateStore();
        var document = Samples.Document("met-omslag");
        store.SaveDocument(document with { Info = document.Info with { PrintedPageOffset = 2 } });

        Assert.Equal(2, CreateStore().FindDocument(document.Info.Sha256)!.Info.PrintedPageOffset);
    }

    [Fact]
    public void SaveDocument_Should_keep_the_date_and_let_a_later_save_change_or_clear_it()
    {
        var store = CreateStore();
        var document = Samples.Document("kamerbrief");
        store.SaveDocument(document with { Info = document.Info with { Date = new DateOnly(2026, 3, 12), Kind = DocumentKinds.Letter } });

        var stored = CreateStore().FindDocument(document.Info.Sha256)!.Info;
        Assert.Equal(new DateOnly(2026, 3, 12), stored.Date);
        Assert.Equal(DocumentKinds.Letter, stored.Kind);

        store.SaveDocument(document with { Info = document.Info with { Date = null } });
        Assert.Null(CreateStore().FindDocument(document.Info.Sha256)!.Info.Date);
    }

    [Fact]
    public void FindDocument_Should_return_null_for_an_unknown_hash()
    {
        var store = CreateStore();

        Assert.Null(store.FindDocument(Samples.Sha256Of("nergens")));
    }

    [Fact]
    public void SaveDocument_Should_keep_pages_passages_heading_paths_and_unicode()
    {
        var store = CreateStore();
        var document = Samples.Document("bij1");

        store.SaveDocument(document);

        StoreAssert.SameDocument(document, store.FindDocument(document.Info.Sha256));
    }

    [Fact]
    public void SaveDocument_Should_keep_a_missing_election_as_null()
    {
        var store = CreateStore();
        var document = Samples.Document("zonder-verkiezing", election: null);

        store.SaveDocument(document);

        Assert.Null(store.FindDocument(document.Info.Sha256)!.Info.Election);
    }

    [Fact]
    public void SaveDocument_Should_only_update_the_description_when_the_hash_is_already_stored()
    {
        var store = CreateStore();
        var original = Stored(store, "d66");
        var renamed = original with
        {
            Info = original.Info with { File = "d66-definitief.pdf", Party = "D66", Kind = "agreement", Title = "Nieuwe titel", Election = "gr2026" },
            Pages = [new Page(1, "andere tekst")],
            Passages = [new Passage(0, 1, "andere tekst", ["Kop"])],
        };

        store.SaveDocument(renamed);

        var found = store.FindDocument(original.Info.Sha256);
        Assert.Equal(renamed.Info with { Pages = original.Info.Pages }, found!.Info);
        Assert.Equal(original.Pages, found.Pages);
        Assert.Equal(original.Passages.Select(p => p.Text), found.Passages.Select(p => p.Text));
        Assert.Single(Catalog(store).ListDocuments());
    }

    [Fact]
    public void SaveDocument_Should_leave_nothing_behind_when_a_write_fails_half_way()
    {
        var store = CreateStore();
        var good = Samples.Document("half");
        // The document row and its pages are written before the second passage breaks the primary key.
        var broken = good with { Passages = [good.Passages[0], good.Passages[1] with { Index = 0 }] };

        Assert.ThrowsAny<Exception>(() => store.SaveDocument(broken));

        Assert.Null(store.FindDocument(good.Info.Sha256));
        Assert.Empty(Catalog(store).ListDocuments());
        store.SaveDocument(good);
        StoreAssert.SameDocument(good, store.FindDocument(good.Info.Sha256));
    }

    [Fact]
    public void ListDocuments_Should_list_each_stored_document_once_in_the_order_first_stored()
    {
        var store = CreateStore();
        var vvd = Stored(store, "vvd");
        var cda = Stored(store, "cda");
        var sp = Stored(store, "sp");
        store.SaveDocument(cda);

        var listed = Catalog(store).ListDocuments();

        Assert.Equal([vvd.Info, cda.Info, sp.Info], listed);
    }

    [Fact]
    public void LoadDocument_Should_find_a_document_by_id_with_its_text()
    {
        var store = CreateStore();
        Stored(store, "pvv");
        var wanted = Stored(store, "ja21");

        StoreAssert.SameDocument(wanted, Catalog(store).LoadDocument(wanted.Info.Id));
        Assert.Null(Catalog(store).LoadDocument("0000000000000000"));
    }

    [Fact]
    public void A_reopened_store_Should_still_hold_documents_results_and_runs()
    {
        var agenda = Samples.Agenda();
        var fingerprint = Core.Scanning.AgendaFingerprint.Of(agenda);
        var document = Samples.Document("sgp");
        var results = Samples.Results(agenda, document.Info.Id);
        var first = CreateStore();
        first.SaveDocument(document);
        first.SaveResults(fingerprint, Samples.Engine, document.Info.Id, results);
        first.FinishRun(first.BeginRun(agenda, fingerprint, Samples.Engine), [document.Info], []);
        (first as IDisposable)?.Dispose();

        var reopened = CreateStore();

        StoreAssert.SameDocument(document, reopened.FindDocument(document.Info.Sha256));
        StoreAssert.SameResults(results, reopened.FindResults(fingerprint, Samples.Engine, document.Info.Id));
        StoreAssert.SameResults(results, reopened.LoadLatestReport()!.Results);
    }
}
