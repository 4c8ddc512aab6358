using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Thorbecke.Storage.Schema;

/// <summary>Brings a database up to <see cref="Migrations.Latest"/>, one recorded step at a time.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the missing steps in one transaction, so two processes opening a new file cannot both create it.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        transaction.Command(Migrations.VersionTable).ExecuteNonQuery();
        var current = CurrentVersion(transaction);
        if (current > Migrations.Latest)
        {
            throw new InvalidOperationException(
                $"De database {path} heeft schemaversie {current}, maar deze versie van Thorbecke kent alleen versie 1 tot en met {Migrations.Latest}. Werk Thorbecke bij of kies een andere database.");
        }

        foreach (var migration in Migrations.All.Where(m => m.Version > current))
        {
            transaction.Command(migration.Sql).ExecuteNonQuery();
            transaction.Command("INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at)")
                .With("$version", migration.Version)
                .With("$description", migration.Description)
                .With("$at", Timestamps.Now())
                .ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static int CurrentVersion(SqliteTransaction transaction) =>
        Convert.ToInt32(transaction.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version").ExecuteScalar(), CultureInfo.InvariantCulture);
}
