using Thorbecke.Core.Accounts;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Uploads;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Schema;
using Thorbecke.Storage.Tests.Contract;
using Thorbecke.Testing.Postgres;

namespace Thorbecke.Storage.Tests.Postgres;

/// <summary>
/// What PostgreSQL does differently from SQLite and the store must make up for: writers run side by side (several app
/// instances on one database), instances start at the same moment, and a server may sort text by its own locale.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresProjectStoreTests(PostgresServer server) : IDisposable
{
    private const int Rounds = 20;

    private readonly TestDatabase database = new(server);

    [Fact]
    public void Two_instances_saving_one_cell_from_the_same_version_at_once_Should_give_one_save_and_one_conflict_every_time()
    {
        var first = database.Open();
        var second = database.Open();
        var document = Samples.Document("race");
        first.SaveDocument(document);
        var outcomes = new List<string>();

        for (var seen = 0; seen < Rounds; seen++)
        {
            outcomes.Add(string.Join(" + ", Race(
                () => first.SaveReview(Request(document.Info.Id, "anna", seen), DateTimeOffset.UtcNow),
                () => second.SaveReview(Request(document.Info.Id, "bram", seen), DateTimeOffset.UtcNow)).Order(StringComparer.Ordinal)));
        }

        Assert.All(outcomes, outcome => Assert.Equal("conflict + saved", outcome));
        Assert.Equal(Enumerable.Range(1, Rounds), second.ReviewHistory("financien-02", document.Info.Id).Select(r => r.Version));
    }

    [Fact]
    public void Instances_opening_a_new_database_at_once_Should_migrate_it_once()
    {
        var opened = Race(() => database.Open(), () => database.Open(), () => database.Open(), () => database.Open());

        Assert.Equal(["saved", "saved", "saved", "saved"], opened);
        Assert.Equal(Enumerable.Range(1, Migrations.Latest), database.Query("SELECT version FROM schema_version ORDER BY version").Select(r => (int)r[0]!));
    }

    [Fact]
    public void A_starting_instance_Should_leave_an_upload_another_instance_is_scanning_and_interrupt_the_rest()
    {
        var scanning = database.Open();
        var starting = database.Open();
        var held = scanning.AddUpload(new Upload(0, "anna", DateTimeOffset.UnixEpoch, null, "programme", UploadStatus.Scanning, null, [new UploadFile("bezig.pdf")]));
        var orphan = scanning.AddUpload(new Upload(0, "anna", DateTimeOffset.UnixEpoch, null, "programme", UploadStatus.Waiting, null, [new UploadFile("wees.pdf")]));

        using (scanning.HoldUpload(held.Id))
        {
            Assert.Equal(1, starting.InterruptActiveUploads("onderbroken"));
            Assert.Equal(
                [(orphan.Id, UploadStatus.Interrupted), (held.Id, UploadStatus.Scanning)],
                starting.RecentUploads(10).Select(u => (u.Id, u.Status)));
        }

        // Once the scanning instance let go (or died, which closes its connection), the next start interrupts it.
        Assert.Equal(1, starting.InterruptActiveUploads("onderbroken"));
        Assert.All(starting.RecentUploads(10), u => Assert.Equal(UploadStatus.Interrupted, u.Status));
    }

    [Fact]
    public void A_server_that_sorts_by_a_Dutch_locale_Should_still_list_names_in_SQLite_order()
    {
        using var dutch = new TestDatabase(server, icuLocale: "nl-NL");
        var store = dutch.Open();
        string[] names = ["zoë", "Bram", "anna", "Émile", "_beheer"];
        foreach (var name in names)
        {
            store.SaveAccount(new Account(name, Role.Viewer, PasswordHashing.Hash("geheim-1")));
        }

        Assert.Equal(names.Order(StringComparer.Ordinal), store.ListAccounts().Select(a => a.Name));
        Assert.Equal("anna", dutch.Query("SELECT name FROM (VALUES ('anna'), ('Bram')) AS v (name) ORDER BY name")[0][0]);
    }

    public void Dispose() => database.Dispose();

    private static ReviewRequest Request(string document, string reviewer, int seen) =>
        new("financien-02", document, seen % 2 == 0 ? Verdict.Oppose : Verdict.Support, Confirmed: true, [], null, reviewer, seen);

    /// <summary>Runs the actions on threads released at the same moment; "saved", "conflict" or the unexpected exception per action.</summary>
    private static List<string> Race(params Action[] actions)
    {
        using var start = new Barrier(actions.Length);
        var outcomes = new string[actions.Length];
        var threads = actions.Select((action, i) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                action();
                outcomes[i] = "saved";
            }
            catch (ReviewConflictException)
            {
                outcomes[i] = "conflict";
            }
            catch (Exception e)
            {
                outcomes[i] = e.ToString();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return [.. outcomes];
    }
}
