using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Postgres.Homes;

/// <summary>The web app's login keys in the database (<c>login_keys</c>), so a login works on every app instance.</summary>
internal sealed class PostgresLoginKeys(SqlDatabase database) : ILoginKeys
{
    public IReadOnlyList<string> All() =>
        database.Read(transaction =>
        {
            using var select = transaction.Command("SELECT xml FROM login_keys ORDER BY name");
            using var reader = select.ExecuteReader();
            var keys = new List<string>();
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }

            return keys;
        });

    public void Add(string name, string xml) =>
        database.Write(transaction => transaction
            .Command("INSERT INTO login_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO UPDATE SET xml = excluded.xml")
            .With("@name", name)
            .With("@xml", xml)
            .ExecuteNonQuery());
}
