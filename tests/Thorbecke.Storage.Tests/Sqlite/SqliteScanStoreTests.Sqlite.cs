using System.Globalization;
using Microsoft.Data.Sqlite;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Schema;
using Thorbecke.Storage.Tests.Contract;

namespace Thorbecke.Storage.Tests.Sqlite;

/// <summary>What only the SQLite store promises: the file, its settings and how values are kept in it.</summary>
public sealed partial class SqliteScanStoreTests
{
    [Fact]
    public void Opening_Should_create_the_file_and_its_missing_folders()
    {
        var store = Open();

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(Path.GetFullPath(DatabasePath), store.FilePath);
    }

    [Fact]
    public void Opening_Should_use_wal_and_record_every_migration_once()
    {
        Open().Dispose();
        Open();

        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
        Assert.Equal(Migrations.Latest, Convert.ToInt32(Scalar("SELECT MAX(version) FROM schema_version"), CultureInfo.InvariantCulture));
        Assert.Equal(Migrations.All.Count, Convert.ToInt32(Scalar("SELECT COUNT(*) FROM schema_version"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Opening_Should_refuse_a_database_from_a_newer_thorbecke()
    {
        Open().Dispose();
        Execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'toekomst', '2030-01-01T00:00:00.0000000Z')");

        var error = Assert.Throws<InvalidOperationException>(() => Open());

        Assert.Contains("schemaversie 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_Should_refuse_rows_that_point_to_unknown_documents()
    {
        var store = Open();
        var agenda = Samples.Agenda();
        var ghost = Samples.Document("spook");

        Assert.Throws<SqliteException>(() => store.SaveResults("f", Samples.Engine, ghost.Info.Id, Samples.Results(agenda, ghost.Info.Id)));
        var run = store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine);
        Assert.Throws<SqliteException>(() => store.FinishRun(run, [ghost.Info], []));
        Assert.Null(store.LoadLatestReport());
    }

    [Fact]
    public void Values_Should_be_stored_as_real_numbers_json_heading_paths_and_iso_utc_timestamps()
    {
        var store = Open();
        var agenda = Samples.Agenda();
        var document = Stored(store, "opslag");
        store.SaveResults("f", Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id));
        store.FinishRun(store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine), [document.Info], []);

        Assert.Equal("real", Scalar("SELECT DISTINCT typeof(confidence) FROM results"));
        Assert.Equal("real", Scalar("SELECT DISTINCT typeof(score) FROM evidence"));
        Assert.Equal("[\"Hoofdstuk 2: Zorg\",\"Ouderen \\\"thuis\\\"\"]", Scalar("SELECT heading_path FROM passages WHERE idx = 1"));
        Assert.Contains("€ 1 mld", (string)Scalar("SELECT agenda_json FROM scan_runs")!, StringComparison.Ordinal);
        foreach (var sql in new[] { "SELECT created_at FROM documents", "SELECT started_at FROM scan_runs", "SELECT finished_at FROM scan_runs" })
        {
            var text = (string)Scalar(sql)!;
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$", text);
            Assert.InRange(Timestamps.Parse(text), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        }
    }

    [Fact]
    public void A_run_Should_record_the_tool_version_and_engine()
    {
        var store = Open();
        var agenda = Samples.Agenda();
        store.BeginRun(agenda, AgendaFingerprint.Of(agenda), Samples.Engine);

        Assert.Equal(ScanReport.Version, Scalar("SELECT tool_version FROM scan_runs"));
        Assert.Equal(Samples.Engine, Scalar("SELECT engine_version FROM scan_runs"));
        Assert.Equal(AgendaFingerprint.Of(agenda), Scalar("SELECT agenda_fingerprint FROM scan_runs"));
    }

    [Fact]
    public void DefaultPath_Should_follow_THORBECKE_DB_and_fall_back_to_the_current_directory()
    {
        var before = Environment.GetEnvironmentVariable(SqliteScanStore.PathVariable);
        try
        {
            Environment.SetEnvironmentVariable(SqliteScanStore.PathVariable, DatabasePath);
            Assert.Equal(Path.GetFullPath(DatabasePath), SqliteScanStore.DefaultPath);

            Environment.SetEnvironmentVariable(SqliteScanStore.PathVariable, "  ");
            Assert.Equal(Path.Combine(Environment.CurrentDirectory, "thorbecke.db"), SqliteScanStore.DefaultPath);

            Environment.SetEnvironmentVariable(SqliteScanStore.PathVariable, null);
            Assert.Equal(Path.Combine(Environment.CurrentDirectory, "thorbecke.db"), SqliteScanStore.DefaultPath);
        }
        finally
        {
            Environment.SetEnvironmentVariable(SqliteScanStore.PathVariable, before);
        }
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
