using Thorbecke.Core.Agendas;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Storage.Tests.Contract;

public abstract partial class ScanStoreContract
{
    [Fact]
    public void LoadLatestReport_Should_return_null_for_an_empty_database()
    {
        Assert.Null(CreateStore().LoadLatestReport());
    }

    [Fact]
    public void LoadLatestReport_Should_return_null_when_no_run_has_finished()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine);

        Assert.Null(store.LoadLatestReport());
    }

    [Fact]
    public void LoadLatestReport_Should_rebuild_documents_results_and_errors_in_run_order()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var first = Stored(store, "zeta");
        var second = Stored(store, "alfa");
        var notInRun = Stored(store, "buiten");
        foreach (var document in new[] { first, second, notInRun })
        {
            store.SaveResults(fingerprint, Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id));
        }

        store.SaveResults(fingerprint, "engine-0", first.Info.Id, Samples.Results(agenda, first.Info.Id, "Andere motor."));
        ScanError[] errors = [new("kapot.pdf", "het bestand is versleuteld met een wachtwoord"), new("leeg.txt", "het bestand is leeg (0 bytes)")];
        var run = store.BeginRun(agenda, fingerprint, Samples.Engine);

        store.FinishRun(run, [second.Info, first.Info], errors);
        var report = store.LoadLatestReport();

        Assert.NotNull(report);
        StoreAssert.SameAgenda(agenda, report.Agenda);
        Assert.Equal([second.Info, first.Info], report.Documents);
        StoreAssert.SameResults(
            [.. Samples.Results(agenda, second.Info.Id), .. Samples.Results(agenda, first.Info.Id)],
            report.Results);
        Assert.Equal(errors, report.Errors);
        Assert.Equal(2, report.ExitCode);
    }

    [Fact]
    public void LoadLatestReport_Should_ignore_a_later_run_that_never_finished()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda("afgerond");
        var document = Stored(store, "klaar");
        store.FinishRun(store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine), [document.Info], []);
        var killed = Samples.Agenda("afgebroken");
        store.BeginRun(killed, AgendaFingerprint.Of(killed), Samples.Engine);

        var report = store.LoadLatestReport();

        Assert.Equal("afgerond", report!.Agenda.Id);
        Assert.Equal([document.Info], report.Documents);
    }

    [Fact]
    public void LoadLatestReport_Should_choose_the_run_that_finished_last()
    {
        var store = CreateStore();
        var older = Samples.Agenda("eerst-begonnen");
        var newer = Samples.Agenda("later-begonnen");
        var olderRun = store.BeginRun(older, AgendaFingerprint.Of(older), Samples.Engine);
        var newerRun = store.BeginRun(newer, AgendaFingerprint.Of(newer), Samples.Engine);

        store.FinishRun(newerRun, [], [new ScanError("a.pdf", "kapot")]);
        store.FinishRun(olderRun, [], [new ScanError("b.pdf", "kapot")]);

        Assert.Equal("eerst-begonnen", store.LoadLatestReport()!.Agenda.Id);
    }

    [Fact]
    public void LoadLatestReport_Should_keep_the_documents_of_earlier_runs_with_their_latest_results()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var fingerprint = AgendaFingerprint.Of(agenda);
        var uploaded = Stored(store, "geupload");
        var scanned = Stored(store, "gescand");
        store.SaveResults(fingerprint, Samples.Engine, uploaded.Info.Id, Samples.Results(agenda, uploaded.Info.Id));
        store.SaveResults(fingerprint, Samples.Engine, scanned.Info.Id, Samples.Results(agenda, scanned.Info.Id));
        store.FinishRun(store.BeginRun(agenda, fingerprint, Samples.Engine), [uploaded.Info], []);

        store.FinishRun(store.BeginRun(agenda, fingerprint, Samples.Engine), [scanned.Info], [new ScanError("kapot.pdf", "beschadigd")]);
        var report = store.LoadLatestReport()!;

        Assert.Equal([scanned.Info, uploaded.Info], report.Documents);
        Assert.Equal(2 * agenda.Asks.Count, report.Results.Count);
        Assert.Equal(agenda.Asks.Count, report.Results.Count(r => r.Document == uploaded.Info.Id));
        Assert.Equal("kapot.pdf", Assert.Single(report.Errors).File);
    }

    [Fact]
    public void FinishRun_Should_refuse_a_run_that_is_already_finished()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        var run = store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine);
        store.FinishRun(run, [], []);

        Assert.Throws<InvalidOperationException>(() => store.FinishRun(run, [], [new ScanError("x.pdf", "te laat")]));
        Assert.Empty(store.LoadLatestReport()!.Errors);
    }

    [Fact]
    public void BeginRun_Should_give_each_run_its_own_id()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();

        var ids = Enumerable.Range(0, 3).Select(_ => store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine)).ToList();

        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void The_stored_agenda_Should_keep_hints_and_leave_empty_hints_empty()
    {
        var store = CreateStore();
        var agenda = Samples.Agenda();
        store.FinishRun(store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine), [], []);

        var stored = store.LoadLatestReport()!.Agenda;

        StoreAssert.SameAgenda(agenda, stored);
        Assert.Equal(["woningbouw", "huizen"], stored.FindAsk("wonen-01")!.Hints.Terms);
        Assert.Equal(["woning"], stored.FindAsk("wonen-01")!.Hints.Required);
        Assert.Equal(["wmo", "abonnementstarief"], stored.FindAsk("zorg-04")!.Hints.Required);
        Assert.Empty(stored.FindAsk("zorg-04")!.Hints.Terms);
        Assert.True(stored.FindAsk("financien-02")!.Hints.IsEmpty);
        Assert.Equal("Schaf de opschalingskorting af (€ 1 mld)", stored.FindAsk("financien-02")!.Text);
    }

    [Fact]
    public void The_stored_agenda_Should_round_trip_the_built_in_vng_agenda()
    {
        var store = CreateStore();
        var agenda = BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!;
        store.FinishRun(store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine), [], []);

        StoreAssert.SameAgenda(agenda, store.LoadLatestReport()!.Agenda);
    }
}
