using Thorbecke.Core.Projects;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Storage.Tests.Contract;

/// <summary>The change token the web app keys its cached report on: it moves with every finished run and every review.</summary>
public abstract partial class ScanStoreContract
{
    [Fact]
    public void The_change_token_Should_move_when_a_run_finishes_or_a_review_is_saved_through_any_connection_and_only_then()
    {
        var store = Assert.IsAssignableFrom<IProjectStore>(CreateStore());
        var other = Assert.IsAssignableFrom<IProjectStore>(CreateStore());
        var agenda = Samples.Agenda();
        var document = Samples.Document("token");
        var empty = store.ChangeToken();

        store.SaveDocument(document);
        var run = store.BeginRun(agenda, AgendaFingerprint.Of(agenda), "engine");
        Assert.Equal(empty, store.ChangeToken());
        store.FinishRun(run, [document.Info], []);
        var scanned = store.ChangeToken();
        Assert.NotEqual(empty, scanned);
        Assert.Equal(scanned, other.ChangeToken());

        other.SaveReview(new ReviewRequest("financien-02", document.Info.Id, Verdict.Oppose, Confirmed: false, [], null, "anna", 0), DateTimeOffset.UnixEpoch);
        var reviewed = store.ChangeToken();
        Assert.NotEqual(scanned, reviewed);

        other.SaveReview(new ReviewRequest("financien-02", document.Info.Id, Verdict.Support, Confirmed: false, [], null, "bram", 1), DateTimeOffset.UnixEpoch);
        Assert.NotEqual(reviewed, store.ChangeToken());
    }
}
