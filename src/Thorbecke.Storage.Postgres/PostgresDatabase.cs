using System.Data;
using System.Data.Common;
using Npgsql;
using Thorbecke.Storage.Postgres.Schema;
using Thorbecke.Storage.Schema;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by every app instance: each operation takes a pooled connection and runs in one
/// transaction. Reads see one snapshot; writes are READ COMMITTED, so a statement that first waits for a lock then
/// sees what the other transaction committed.
/// </summary>
internal sealed class PostgresDatabase : SqlDatabase
{
    /// <summary>
    /// The advisory lock that migrating holds, so instances started at the same moment migrate one after the other
    /// ("thorbeck" in ASCII: outside the 32-bit range of <c>hashtext</c>, so no cell lock ever takes it).
    /// </summary>
    private const long MigrationLock = 0x74686F7262656B63;

    private readonly NpgsqlDataSource dataSource;

    public PostgresDatabase(NpgsqlConnectionStringBuilder address)
    {
        Name = PostgresAddress.Describe(address);
        // Every request of the web app asks the same few statements (the change token, the account's stamp): prepared
        // once per connection, the server stops parsing and planning them each time. A URL's own setting wins.
        if (address.MaxAutoPrepare == 0)
        {
            address.MaxAutoPrepare = 64;
        }

        dataSource = NpgsqlDataSource.Create(address);
        try
        {
            Write(transaction =>
            {
                using (var command = transaction.Command($"SELECT pg_advisory_xact_lock({MigrationLock})"))
                {
                    command.ExecuteNonQuery();
                }

                SchemaMigrator.Migrate(transaction, PostgresMigrations.All, Name);
                SchemaMigrator.Migrate(transaction, PostgresHomeMigrations.All, Name, PostgresHomeMigrations.VersionTable);
            });
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            dataSource.Dispose();
            throw new InvalidOperationException($"De PostgreSQL-database {Name} is niet te openen: {e.Message}", e);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    /// <summary>The database without its password, for messages.</summary>
    public string Name { get; }

    /// <summary>A connection of its own, outside any transaction: for a lock held as long as the connection is open.</summary>
    public NpgsqlConnection OpenSession() => dataSource.OpenConnection();

    public override T Read<T>(Func<DbTransaction, T> work)
    {
        using var connection = dataSource.OpenConnection();
        // REPEATABLE READ gives the several SELECTs of one operation a single snapshot, as a report needs.
        // No SET TRANSACTION READ ONLY: it costs a round trip on every read, and the web app reads twice per request.
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);

        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    public override T Write<T>(Func<DbTransaction, T> work)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
