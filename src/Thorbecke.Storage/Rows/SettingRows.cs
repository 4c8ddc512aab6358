using System.Data.Common;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and writes <c>project_settings</c>: one row per name, the latest value wins.</summary>
internal static class SettingRows
{
    public static string? Find(DbTransaction transaction, string name)
    {
        using var select = transaction.Command("SELECT value FROM project_settings WHERE name = @name").With("@name", name);
        return select.ExecuteScalar() as string;
    }

    public static void Save(DbTransaction transaction, string name, string value)
    {
        using var upsert = transaction.Command("""
                INSERT INTO project_settings (name, value, updated_at) VALUES (@name, @value, @at)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """)
            .With("@name", name)
            .With("@value", value)
            .With("@at", Timestamps.Now());
        upsert.ExecuteNonQuery();
    }
}
