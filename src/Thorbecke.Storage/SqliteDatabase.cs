using System.Data.Common;
using Microsoft.Data.Sqlite;
using Thorbecke.Storage.Schema;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage;

/// <summary>
/// Opens a fresh connection for every operation and runs it in one transaction. No connection is ever
/// shared between threads, and a process killed mid-write leaves SQLite's journal to roll the open
/// transaction back, so the file never holds half a write.
/// </summary>
internal sealed class SqliteDatabase : SqlDatabase
{
    /// <summary>How long a write waits for another writer (another thread or process) before it gives up.</summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string connectionString;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();

        using var connection = Open();
        // WAL is a property of the file, so setting it once here covers every later connection;
        // it lets readers (the web app) go on while a scan writes.
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        // IMMEDIATE: two processes opening a new file cannot both create it.
        using var transaction = connection.BeginTransaction(deferred: false);
        SchemaMigrator.Migrate(transaction, Migrations.All, Path);
        transaction.Commit();
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    public override T Read<T>(Func<DbTransaction, T> work)
    {
        using var connection = Open();
        // A read transaction gives the several SELECTs of one operation a single consistent snapshot.
        using var transaction = connection.BeginTransaction(deferred: true);
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    public override T Write<T>(Func<DbTransaction, T> work)
    {
        using var connection = Open();
        // IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout instead of
        // deadlocking when both try to upgrade a read lock.
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>Closes the idle pooled connections, so the file can be moved or deleted afterwards.</summary>
    protected override void Dispose(bool disposing)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        base.Dispose(disposing);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            // Both are per-connection settings that SQLite forgets, so every connection sets them.
            pragmas.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
