using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Postgres;
using Thorbecke.Storage.Tests.Contract;
using Thorbecke.Testing.Postgres;

namespace Thorbecke.Storage.Tests.Postgres;

/// <summary>The store contract on a real PostgreSQL server, in a fresh database per test.</summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresScanStoreTests(PostgresServer server) : ScanStoreContract, IDisposable
{
    private readonly string database = server.CreateDatabase();
    private readonly List<PostgresProjectStore> stores = [];

    protected override IScanStore CreateStore()
    {
        var store = new PostgresProjectStore(server.Url(database));
        stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }

        server.DropDatabase(database);
    }
}
