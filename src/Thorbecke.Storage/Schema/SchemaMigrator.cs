using System.Data.Common;
using System.Globalization;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Schema;

/// <summary>Brings a database up to its latest schema step, one recorded step at a time.</summary>
public static class SchemaMigrator
{
    /// <summary>The table that records which steps a database has.</summary>
    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    /// <summary>The name of the table that records the steps of <see cref="Migrations.All"/>.</summary>
    public const string VersionTableName = "schema_version";

    /// <summary>
    /// Applies the missing <paramref name="steps"/> in <paramref name="transaction"/>, which the caller commits: it
    /// must keep a second process from migrating at the same time (a write lock, an advisory lock).
    /// </summary>
    /// <param name="transaction">The transaction to migrate in.</param>
    /// <param name="steps">Every step of the schema, in order.</param>
    /// <param name="name">The database as users know it (a file, a server), for the message about a newer schema.</param>
    /// <param name="versionTable">The table that records these steps: a provider's own steps have their own.</param>
    public static void Migrate(DbTransaction transaction, IReadOnlyList<Migration> steps, string name, string versionTable = VersionTableName)
    {
        var latest = steps[^1].Version;
        transaction.Command(VersionTable.Replace(VersionTableName, versionTable, StringComparison.Ordinal)).ExecuteNonQuery();
        var current = CurrentVersion(transaction, versionTable);
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"De database {name} heeft schemaversie {current}, maar deze versie van Thorbecke kent alleen versie 1 tot en met {latest}. Werk Thorbecke bij of kies een andere database.");
        }

        foreach (var migration in steps.Where(m => m.Version > current))
        {
            transaction.Command(migration.Sql).ExecuteNonQuery();
            transaction.Command($"INSERT INTO {versionTable} (version, description, applied_at) VALUES (@version, @description, @at)")
                .With("@version", migration.Version)
                .With("@description", migration.Description)
                .With("@at", Timestamps.Now())
                .ExecuteNonQuery();
        }
    }

    public static int CurrentVersion(DbTransaction transaction, string versionTable = VersionTableName) =>
        Convert.ToInt32(transaction.Command($"SELECT COALESCE(MAX(version), 0) FROM {versionTable}").ExecuteScalar(), CultureInfo.InvariantCulture);
}
