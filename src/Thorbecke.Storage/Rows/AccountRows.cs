using Microsoft.Data.Sqlite;
using Thorbecke.Core.Accounts;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and writes <c>accounts</c>; roles are stored lower case.</summary>
internal static class AccountRows
{
    public static Account? Find(SqliteTransaction transaction, string name)
    {
        using var select = transaction.Command("SELECT name, role, password_hash FROM accounts WHERE name = $name").With("$name", name);
        return ReadAll(select).FirstOrDefault();
    }

    public static IReadOnlyList<Account> List(SqliteTransaction transaction)
    {
        using var select = transaction.Command("SELECT name, role, password_hash FROM accounts ORDER BY name");
        return ReadAll(select);
    }

    public static void Save(SqliteTransaction transaction, Account account)
    {
        using var upsert = transaction.Command("""
                INSERT INTO accounts (name, role, password_hash, created_at) VALUES ($name, $role, $hash, $at)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
                """)
            .With("$name", account.Name)
            .With("$role", account.Role.ToString().ToLowerInvariant())
            .With("$hash", account.PasswordHash)
            .With("$at", Timestamps.Now());
        upsert.ExecuteNonQuery();
    }

    private static List<Account> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var accounts = new List<Account>();
        while (reader.Read())
        {
            accounts.Add(new Account(reader.GetString(0), Enum.Parse<Role>(reader.GetString(1), ignoreCase: true), reader.GetString(2)));
        }

        return accounts;
    }
}
