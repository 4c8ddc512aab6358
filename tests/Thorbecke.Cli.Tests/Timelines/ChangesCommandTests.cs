using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage;
using Thorbecke.Testing;
using Thorbecke.Testing.GoldenFiles;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Cli.Tests.Timelines;

/// <summary>
/// <c>thorbecke changes --since</c> on the written formation: the terminal text and the JSON are golden files, so a
/// newsletter that reads them sees every change in a diff.
/// </summary>
public sealed class ChangesCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_print_the_asks_that_moved_since_a_day_with_the_documents_that_moved_them()
    {
        var database = Scan();

        var run = CliProcess.Run(folder.Path, "changes", "--db", database, "--since", "2026-03-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Golden.Verify(run.Out, "changes-since-2026-03-01.txt");
    }

    [Fact]
    public void Should_write_the_same_changes_as_json()
    {
        var database = Scan();

        var run = CliProcess.Run(folder.Path, "changes", "--db", database, "--since", "2026-03-01", "--json", "-");

        Assert.True(run.ExitCode == 0, run.ToString());
        Golden.Verify(run.Out, "changes-since-2026-03-01.json");
    }

    [Fact]
    public void Should_say_so_when_nothing_moved_since_the_latest_document()
    {
        var database = Scan();

        var run = CliProcess.Run(folder.Path, "changes", "--db", database, "--since", "2026-05-01", "--json", "changes.json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Sinds 1 mei 2026 is de status van geen enkele vraag veranderd.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Er zijn geen nieuwe documenten.", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"changes\": []", File.ReadAllText(folder.File("changes.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_follow_an_analysts_review_of_a_later_document()
    {
        var database = Scan();
        using (var store = new SqliteScanStore(database))
        {
            var budget = store.ListDocuments().Single(d => d.Kind == DocumentKinds.Budget);
            store.SaveReview(
                new ReviewRequest(TimelineCorpus.Ask, budget.Id, Verdict.Support, false, [new ReviewEvidence(1, TimelineCorpus.BudgetQuote)], null, "anna", 0),
                new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.Zero));
        }

        var run = CliProcess.Run(folder.Path, "changes", "--db", database, "--since", "2026-03-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Toezegging: nog niet opgevolgd → nagekomen", run.Out, StringComparison.Ordinal);
        Assert.Contains("(Begroting of Voorjaarsnota): steunt (beoordeeld)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 maart 2026", 2, "--since '1 maart 2026' is geen datum; schrijf een datum als 2026-03-01.")]
    [InlineData("2026-02-30", 2, "--since '2026-02-30' is geen datum")]
    public void Should_refuse_a_day_it_cannot_read(string since, int exitCode, string message)
    {
        var run = CliProcess.Run(folder.Path, "changes", "--db", folder.File("t.db"), "--since", since);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private string Scan()
    {
        var corpus = TimelineCorpus.WriteTo(folder.File("corpus"));
        var database = folder.File("t.db");
        var scan = CliProcess.Run(folder.Path, "scan", "--db", database, corpus);
        Assert.True(scan.ExitCode == 0, scan.ToString());
        return database;
    }
}
