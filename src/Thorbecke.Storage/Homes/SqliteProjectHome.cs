using Thorbecke.Storage.Files;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Homes;

/// <summary>A project in one SQLite file, with its originals, uploads and login keys in folders beside it.</summary>
public sealed class SqliteProjectHome : ProjectHome
{
    private readonly SqliteScanStore store;

    public SqliteProjectHome(string path)
    {
        store = new SqliteScanStore(path);
        var folder = Path.GetDirectoryName(store.FilePath)!;
        Originals = new DocumentArchive(Path.Combine(folder, DocumentArchive.FolderName));
        Uploads = new UploadInbox(Path.Combine(folder, UploadInbox.FolderName));
        LoginKeys = new KeyFolder(Path.Combine(folder, KeyFolder.FolderName));
        LlmCache = Path.Combine(folder, "thorbecke-llm-cache");
    }

    public override string Name => store.FilePath;

    public override SqlProjectStore Store => store;

    /// <summary>The store with its SQLite-only parts (the file's path).</summary>
    public SqliteScanStore Sqlite => store;

    public override IOriginalFiles Originals { get; }

    public override IUploadFiles Uploads { get; }

    public override ILoginKeys LoginKeys { get; }

    public override string LlmCache { get; }
}
