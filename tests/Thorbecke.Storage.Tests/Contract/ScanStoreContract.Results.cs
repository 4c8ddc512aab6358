using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Storage.Tests.Contract;

public abstract partial class ScanStoreContract
{
    [Fact]
    public void FindResults_Should_return_null_when_nothing_is_stored_for_that_key()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var document = Stored(store, "nsc");
        store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id));

        Assert.Null(store.FindResults(fingerprint, "engine-2", document.Info.Id));
        Assert.Null(store.FindResults("0123456789abcdef", Samples.Engine, document.Info.Id));
        Assert.Null(store.FindResults(fingerprint, Samples.Engine, Stored(store, "bbb").Info.Id));
    }

    [Fact]
    public void SaveResults_Should_keep_ask_order_evidence_rank_and_exact_doubles()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var document = Stored(store, "cu");
        var results = Samples.Results(agenda, document.Info.Id);

        store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, results);

        var found = store.FindResults(fingerprint, Samples.Engine, document.Info.Id);
        Assert.NotNull(found);
        StoreAssert.SameResults(results, found);
        Assert.Equal(["wonen-01", "financien-02", "klimaat-03", "zorg-04"], found.Select(r => r.Ask));
        Assert.Equal(0.1 + 0.2, found[0].Confidence);
        Assert.Equal([2, 1, 3], found[0].Evidence.Select(e => e.Page));
        Assert.Equal(VerdictNames.All, found.Select(r => r.Verdict));
    }

    [Fact]
    public void SaveResults_Should_replace_the_previous_results_of_that_key_only()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var document = Stored(store, "pvdd");
        var other = Stored(store, "volt");
        var otherEngine = Samples.Results(agenda, document.Info.Id, "Oude motor.");
        store.SaveResults(fingerprint, "engine-0", document.Info.Id, otherEngine);
        store.SaveResults(fingerprint, Samples.Engine, other.Info.Id, Samples.Results(agenda, other.Info.Id));
        store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id));
        var replacement = new[]
        {
            new AskResult("zorg-04", document.Info.Id, Verdict.Oppose, 0.7, [new Evidence(3, "nieuw citaat", 4.5)], "Nieuw oordeel."),
            new AskResult("wonen-01", document.Info.Id, Verdict.None, 0, [], "Niet genoemd."),
        };

        store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, replacement);

        StoreAssert.SameResults(replacement, store.FindResults(fingerprint, Samples.Engine, document.Info.Id));
        StoreAssert.SameResults(otherEngine, store.FindResults(fingerprint, "engine-0", document.Info.Id));
        Assert.Equal(agenda.Asks.Count, store.FindResults(fingerprint, Samples.Engine, other.Info.Id)!.Count);
    }

    [Fact]
    public void SaveResults_Should_keep_the_previous_results_when_the_replacement_fails_half_way()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var document = Stored(store, "50plus");
        var previous = Samples.Results(agenda, document.Info.Id);
        store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, previous);
        var fresh = Samples.Results(agenda, document.Info.Id, "Nieuw.");
        // The old rows are deleted and two new ones written before the repeated ask breaks the primary key.
        var broken = fresh.Take(2).Append(fresh[0]).ToList();

        Assert.ThrowsAny<Exception>(() => store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, broken));

        StoreAssert.SameResults(previous, store.FindResults(fingerprint, Samples.Engine, document.Info.Id));
    }

    [Fact]
    public void SaveResults_Should_remove_the_results_when_given_an_empty_list()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var document = Stored(store, "leeg");
        store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id));

        store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, []);

        Assert.Null(store.FindResults(fingerprint, Samples.Engine, document.Info.Id));
    }

    [Fact]
    public void Writes_from_several_threads_at_once_Should_all_be_stored()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var seeds = Enumerable.Range(0, 16).Select(i => $"parallel-{i}").ToList();

        Parallel.ForEach(seeds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, seed =>
        {
            var document = Samples.Document(seed);
            store.SaveDocument(document);
            store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id));
            Assert.NotNull(store.FindResults(fingerprint, Samples.Engine, document.Info.Id));
        });

        Assert.Equal(seeds.Count, Catalog(store).ListDocuments().Count);
        Assert.All(seeds, seed => StoreAssert.SameResults(
            Samples.Results(agenda, Samples.Document(seed).Info.Id),
            store.FindResults(fingerprint, Samples.Engine, Samples.Document(seed).Info.Id)));
    }
}
