using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Tests.Contract;
using Thorbecke.Testing.Postgres;

namespace Thorbecke.Storage.Tests.Postgres;

/// <summary>The store contract on a real PostgreSQL server, in a fresh database per test.</summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresScanStoreTests(PostgresServer server) : ScanStoreContract, IDisposable
{
    private readonly TestDatabase database = new(server);

    protected override IScanStore CreateStore() => database.Open();

    public void Dispose() => database.Dispose();
}
