using Microsoft.Data.Sqlite;
using Thorbecke.Core.Accounts;
using Thorbecke.Storage.Schema;

namespace Thorbecke.Storage.Tests.Sqlite;

/// <summary>A database written by an earlier Thorbecke keeps its data when a newer one opens it.</summary>
public sealed partial class SqliteScanStoreTests
{
    [Fact]
    public void Upgrading_Should_keep_accounts_from_schema_2_with_an_empty_security_stamp_until_they_are_saved()
    {
        CreateAtVersion(2);
        var hash = PasswordHashing.Hash("geheim-1");
        Execute($"INSERT INTO accounts (name, role, password_hash, created_at) VALUES ('oud', 'reviewer', '{hash}', '2025-01-01T00:00:00.0000000Z')");

        var store = Open();

        var account = store.FindAccount("oud")!;
        Assert.Equal(new Account("oud", Role.Reviewer, hash), account);
        Assert.Equal("", account.SecurityStamp);
        store.RotateSecurityStamp("oud");
        Assert.NotEqual("", store.FindAccount("oud")!.SecurityStamp);
    }

    private void CreateAtVersion(int version)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        Run(connection, SchemaMigrator.VersionTable);
        foreach (var migration in Migrations.All.Where(m => m.Version <= version))
        {
            Run(connection, migration.Sql);
            Run(connection, $"INSERT INTO schema_version (version, description, applied_at) VALUES ({migration.Version}, 'eerder', '2025-01-01T00:00:00.0000000Z')");
        }
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
