using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests.Database;

/// <summary>
/// <c>db copy</c> moves a whole project and <c>db check</c> proves it: a round trip from SQLite through another database
/// and back gives the same results JSON and the same reviews. Written once, run for each database in between.
/// </summary>
public abstract class DbCopyContract : IDisposable
{
    protected TempFolder Folder { get; } = new();

    /// <summary>An empty database for the middle of the round trip, as a <c>--db</c> value.</summary>
    protected abstract string EmptyDatabase();

    [Fact]
    public void Should_give_the_same_results_and_reviews_after_a_round_trip()
    {
        var original = Folder.File("origineel.db");
        var input = Folder.Write("programma.txt", "Financiën\n\nWij schaffen de opschalingskorting af en geven gemeenten een eigen belastinggebied.\n");
        Assert.Equal(0, CliProcess.Run(Folder.Path, "scan", "--db", original, input).ExitCode);
        using (var store = new SqliteScanStore(original))
        {
            var document = store.ListDocuments().Single().Id;
            store.SaveReview(new ReviewRequest("formatie-01", document, Verdict.Oppose, false, [], "Gecontroleerd", "anna", 0), DateTimeOffset.UnixEpoch);
            store.SaveReview(new ReviewRequest("formatie-01", document, Verdict.Partial, false, [], null, "bert", 1), DateTimeOffset.UnixEpoch.AddDays(1));
        }

        var middle = EmptyDatabase();
        var back = Folder.File("terug/terug.db");
        var there = CliProcess.Run(Folder.Path, "db", "copy", "--from", original, "--to", middle);
        var returned = CliProcess.Run(Folder.Path, "db", "copy", "--from", middle, "--to", back);
        var check = CliProcess.Run(Folder.Path, "db", "check", "--db", original, "--against", back);

        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.True(returned.ExitCode == 0, returned.ToString());
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("Beide projecten bevatten precies hetzelfde.", check.Out, StringComparison.Ordinal);
        Assert.Equal(0, CliProcess.Run(Folder.Path, "report", "--db", original, "--out", "origineel.json").ExitCode);
        Assert.Equal(0, CliProcess.Run(Folder.Path, "report", "--db", back, "--out", "terug.json").ExitCode);
        Assert.Equal(File.ReadAllText(Folder.File("origineel.json")), File.ReadAllText(Folder.File("terug.json")));
        using var copied = new SqliteScanStore(back);
        Assert.Equal(["anna", "bert"], copied.ReviewHistory("formatie-01", copied.ListDocuments().Single().Id).Select(r => r.Reviewer));
        Assert.True(File.Exists(Path.Combine(Folder.File("terug"), "thorbecke-bestanden", copied.ListDocuments().Single().Sha256 + ".txt")));
    }

    [Fact]
    public void Should_refuse_to_copy_into_a_database_that_holds_a_project()
    {
        var original = Folder.File("origineel.db");
        Assert.Equal(0, CliProcess.Run(Folder.Path, "scan", "--db", original, Folder.Write("a.txt", "Wij schaffen de opschalingskorting af.\n")).ExitCode);
        var target = EmptyDatabase();
        Assert.Equal(0, CliProcess.Run(Folder.Path, "db", "copy", "--from", original, "--to", target).ExitCode);

        var again = CliProcess.Run(Folder.Path, "db", "copy", "--from", original, "--to", target);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("bevat al een project (tabel documents is niet leeg); kies een lege database.", again.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) => Folder.Dispose();
}
