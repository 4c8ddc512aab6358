using Npgsql;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Postgres;

/// <summary>
/// A session advisory lock on an upload, held on a connection of its own while an app instance scans it: another
/// instance that starts meanwhile sees the lock taken and leaves the upload alone.
/// </summary>
internal sealed class UploadHold : IDisposable
{
    /// <summary>"UPLD": the high half of the lock key, so upload locks never meet the per-cell or migration locks.</summary>
    private const int Space = 0x55504C44;

    private readonly NpgsqlConnection session;
    private readonly int key;

    private UploadHold(NpgsqlConnection session, int key)
    {
        this.session = session;
        this.key = key;
    }

    /// <summary>Takes the lock on <paramref name="session"/>, waiting while another instance holds it.</summary>
    public static UploadHold Take(NpgsqlConnection session, long id) =>
        Lock(session, id, wait: true) ?? throw new InvalidOperationException($"Upload {id} could not be held.");

    /// <summary>Takes the lock when nobody holds it; null (and the session closed) when an app instance does.</summary>
    public static UploadHold? TryTake(NpgsqlConnection session, long id) => Lock(session, id, wait: false);

    private static UploadHold? Lock(NpgsqlConnection session, long id, bool wait)
    {
        try
        {
            using var take = session.CreateCommand();
            take.CommandText = wait
                ? "SELECT true FROM (SELECT pg_advisory_lock(@space, @id)) AS locked"
                : "SELECT pg_try_advisory_lock(@space, @id)";
            take.With("@space", Space).With("@id", unchecked((int)id));
            if (take.ExecuteScalar() is true)
            {
                return new UploadHold(session, unchecked((int)id));
            }
        }
        catch
        {
            session.Dispose();
            throw;
        }

        session.Dispose();
        return null;
    }

    /// <summary>
    /// Lets go explicitly: a pooled connection goes back to the pool still holding its session locks. A process that
    /// dies closes its connections, and the server releases their locks.
    /// </summary>
    public void Dispose()
    {
        try
        {
            using var release = session.CreateCommand();
            release.CommandText = "SELECT pg_advisory_unlock(@space, @id)";
            release.With("@space", Space).With("@id", key);
            release.ExecuteNonQuery();
        }
        finally
        {
            session.Dispose();
        }
    }
}
