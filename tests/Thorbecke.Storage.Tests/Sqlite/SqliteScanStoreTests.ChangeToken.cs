using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Tests.Contract;

namespace Thorbecke.Storage.Tests.Sqlite;

/// <summary>The change token the web app keys its cached report on: it moves with every finished run and every review.</summary>
public sealed partial class SqliteScanStoreTests
{
    [Fact]
    public void The_change_token_Should_move_when_a_run_finishes_or_a_review_is_saved_and_only_then()
    {
        var store = Open();
        var agenda = Samples.Agenda();
        var document = Samples.Document("token");
        var empty = store.ChangeToken();

        store.SaveDocument(document);
        var run = store.BeginRun(agenda, AgendaFingerprint.Of(agenda), "engine");
        Assert.Equal(empty, store.ChangeToken());
        store.FinishRun(run, [document.Info], []);
        var scanned = store.ChangeToken();
        Assert.NotEqual(empty, scanned);
        Assert.Equal(scanned, store.ChangeToken());

        store.SaveReview(new ReviewRequest("financien-02", document.Info.Id, Verdict.Oppose, Confirmed: false, [], null, "anna", 0), DateTimeOffset.UnixEpoch);
        var reviewed = store.ChangeToken();
        Assert.NotEqual(scanned, reviewed);

        store.SaveReview(new ReviewRequest("financien-02", document.Info.Id, Verdict.Support, Confirmed: false, [], null, "bram", 1), DateTimeOffset.UnixEpoch);
        Assert.NotEqual(reviewed, store.ChangeToken());
    }
}
