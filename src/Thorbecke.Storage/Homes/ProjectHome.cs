using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Homes;

/// <summary>
/// Where a project lives: its store, the originals of its documents, the files of uploads not scanned yet and the
/// web app's login keys. A SQLite file keeps the files in folders beside it; a PostgreSQL database keeps them in
/// tables, so several app instances on other machines share them.
/// </summary>
public abstract class ProjectHome : IDisposable
{
    /// <summary>The project as users name it: a file, or a server and database (never a password).</summary>
    public abstract string Name { get; }

    public abstract SqlProjectStore Store { get; }

    public abstract IOriginalFiles Originals { get; }

    public abstract IUploadFiles Uploads { get; }

    public abstract ILoginKeys LoginKeys { get; }

    /// <summary>The folder where a language model's answers are kept.</summary>
    public abstract string LlmCache { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Store.Dispose();
        }
    }
}
