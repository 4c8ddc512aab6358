using System.Data.Common;

namespace Thorbecke.Storage.Sql;

/// <summary>
/// A database that runs every operation in one transaction on a connection of its own: a reader sees one consistent
/// snapshot, and a writer either finishes its whole write or leaves nothing behind.
/// </summary>
public abstract class SqlDatabase : IDisposable
{
    /// <summary>Runs <paramref name="work"/> in a read transaction.</summary>
    public abstract T Read<T>(Func<DbTransaction, T> work);

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it.</summary>
    public abstract T Write<T>(Func<DbTransaction, T> work);

    public void Write(Action<DbTransaction> work) => Write(transaction =>
    {
        work(transaction);
        return true;
    });

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
