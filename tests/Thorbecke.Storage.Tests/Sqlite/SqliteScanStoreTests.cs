using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Tests.Contract;

namespace Thorbecke.Storage.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file in a fresh temporary folder per test.</summary>
public sealed partial class SqliteScanStoreTests : ScanStoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "thorbecke-storage-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteScanStore> stores = [];

    private string DatabasePath => Path.Combine(folder, "nog", "niet", "thorbecke.db");

    protected override IScanStore CreateStore() => Open();

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }

    private SqliteScanStore Open()
    {
        var store = new SqliteScanStore(DatabasePath);
        stores.Add(store);
        return store;
    }
}
