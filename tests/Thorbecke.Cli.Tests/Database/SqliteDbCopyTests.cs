namespace Thorbecke.Cli.Tests.Database;

/// <summary>The round trip through a second SQLite file.</summary>
public sealed class SqliteDbCopyTests : DbCopyContract
{
    protected override string EmptyDatabase() => Folder.File($"midden-{Guid.NewGuid():N}/midden.db");
}
