using System.Data.Common;
using System.Security.Cryptography;
using Thorbecke.Core.Accounts;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and writes <c>accounts</c>; roles are stored lower case, and every write of an account gives it a new security stamp.</summary>
internal static class AccountRows
{
    private const string Columns = "name, role, password_hash, security_stamp";

    public static Account? Find(DbTransaction transaction, string name)
    {
        using var select = transaction.Command($"SELECT {Columns} FROM accounts WHERE name = @name").With("@name", name);
        return ReadAll(select).FirstOrDefault();
    }

    public static IReadOnlyList<Account> List(DbTransaction transaction)
    {
        using var select = transaction.Command($"SELECT {Columns} FROM accounts ORDER BY name");
        return ReadAll(select);
    }

    public static void Save(DbTransaction transaction, Account account)
    {
        using var upsert = transaction.Command("""
                INSERT INTO accounts (name, role, password_hash, security_stamp, created_at) VALUES (@name, @role, @hash, @stamp, @at)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, security_stamp = excluded.security_stamp
                """)
            .With("@name", account.Name)
            .With("@role", account.Role.ToString().ToLowerInvariant())
            .With("@hash", account.PasswordHash)
            .With("@stamp", NewStamp())
            .With("@at", Timestamps.Now());
        upsert.ExecuteNonQuery();
    }

    public static void RotateStamp(DbTransaction transaction, string name)
    {
        using var update = transaction.Command("UPDATE accounts SET security_stamp = @stamp WHERE name = @name")
            .With("@name", name)
            .With("@stamp", NewStamp());
        update.ExecuteNonQuery();
    }

    /// <summary>Random rather than a counter, so an account removed and made again under the same name never revives an old cookie.</summary>
    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static List<Account> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var accounts = new List<Account>();
        while (reader.Read())
        {
            accounts.Add(new Account(reader.GetString(0), Enum.Parse<Role>(reader.GetString(1), ignoreCase: true), reader.GetString(2))
            {
                SecurityStamp = reader.GetString(3),
            });
        }

        return accounts;
    }
}
