using Thorbecke.Testing.Postgres;

namespace Thorbecke.Cli.Tests.Database;

/// <summary>The round trip SQLite → PostgreSQL → SQLite, through a database of a throwaway server.</summary>
public sealed class PostgresDbCopyTests : DbCopyContract
{
    private readonly PostgresServer server = new();

    protected override string EmptyDatabase() => server.Url(server.CreateDatabase());

    protected override void Dispose(bool disposing)
    {
        server.Dispose();
        base.Dispose(disposing);
    }
}
