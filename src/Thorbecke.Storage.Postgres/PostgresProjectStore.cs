using System.Data.Common;
using System.Globalization;
using Thorbecke.Storage.Rows;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Postgres;

/// <summary>
/// The project store on a PostgreSQL database (see <see cref="SqlProjectStore"/>), for a team server: several app
/// instances share one database, its backups and its access control. The schema is brought up to date on opening.
/// </summary>
public sealed class PostgresProjectStore : SqlProjectStore
{
    /// <summary>
    /// Opens the database at <paramref name="address"/>: a URL <c>postgres://user:password@host:port/database</c>
    /// (or <c>postgresql://</c>, options such as <c>?sslmode=require</c> after it) or an Npgsql connection string.
    /// The database must exist; its tables are made here.
    /// </summary>
    /// <exception cref="ArgumentException">The address is not a PostgreSQL URL or connection string.</exception>
    /// <exception cref="InvalidOperationException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public PostgresProjectStore(string address)
        : base(new PostgresDatabase(PostgresAddress.Parse(address)))
    {
    }

    /// <summary>The database, for the tables of the project's files and keys (<see cref="Homes.PostgresProjectHome"/>).</summary>
    internal SqlDatabase Connection => Database;

    /// <summary>The database as users know it, without the password: <c>postgres://anna@db.example.nl:5432/thorbecke</c>.</summary>
    public string Name => ((PostgresDatabase)Database).Name;

    /// <summary>Whether <paramref name="text"/> is a PostgreSQL URL rather than a file path; what <c>--db</c> tells apart.</summary>
    public static bool IsUrl(string? text) => text is not null && PostgresAddress.IsUrl(text.Trim());

    public override string ChangeToken() =>
        Database.Read(transaction =>
        {
            using var select = transaction.Command("""
                SELECT (SELECT id FROM scan_runs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1),
                       (SELECT COUNT(*) FROM reviews), (SELECT MAX(reviewed_at) FROM reviews)
                """);
            using var reader = select.ExecuteReader();
            reader.Read();
            return string.Create(CultureInfo.InvariantCulture,
                $"run {(reader.IsDBNull(0) ? "-" : reader.GetInt64(0))}, reviews {reader.GetInt64(1)}/{reader.GetNullableString(2) ?? "-"}");
        });

    /// <summary>
    /// A lock per cell for the rest of the transaction: PostgreSQL runs writers side by side, so a second save of the
    /// same cell waits here, then reads the version the first one committed and ends in a conflict.
    /// </summary>
    protected override void LockCell(DbTransaction transaction, string ask, string document)
    {
        using var command = transaction.Command("SELECT pg_advisory_xact_lock(hashtext(@ask || '/' || @document))")
            .With("@ask", ask)
            .With("@document", document);
        command.ExecuteNonQuery();
    }

    /// <summary>Moves the row-id sequences past the ids a copy brought in, so the next run or upload gets a new one.</summary>
    protected internal override void AfterCopy(DbTransaction transaction)
    {
        foreach (var table in new[] { "scan_runs", "upload_jobs" })
        {
            using var move = transaction.Command(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)");
            move.ExecuteNonQuery();
        }
    }

    /// <summary>An upload another app instance holds (it is scanning it) is left as it is.</summary>
    public override int InterruptActiveUploads(string message)
    {
        var interrupted = 0;
        foreach (var id in Database.Read(UploadRows.Active))
        {
            using var hold = UploadHold.TryTake(((PostgresDatabase)Database).OpenSession(), id);
            if (hold is not null)
            {
                interrupted += Database.Write(transaction => UploadRows.Interrupt(transaction, id, message));
            }
        }

        return interrupted;
    }

    public override IDisposable HoldUpload(long id) => UploadHold.Take(((PostgresDatabase)Database).OpenSession(), id);
}
