using Thorbecke.Testing;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Cli.Tests.Memos;

/// <summary>The written formation of <see cref="TimelineCorpus"/> scanned once into a project, shared by the memo tests that only read it.</summary>
public sealed class TimelineScanFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public TimelineScanFixture()
    {
        Database = Scan(folder);
    }

    public string Database { get; }

    public string WorkFolder => folder.Path;

    /// <summary>Writes the corpus into <paramref name="into"/> and scans it into a new project there; returns the database.</summary>
    public static string Scan(TempFolder into)
    {
        var corpus = TimelineCorpus.WriteTo(into.File("corpus"));
        var database = into.File("tijdlijn.db");
        var run = CliProcess.Run(into.Path, "scan", corpus, "--db", database);
        Assert.True(run.ExitCode == 0, run.ToString());
        return database;
    }

    public void Dispose() => folder.Dispose();
}
