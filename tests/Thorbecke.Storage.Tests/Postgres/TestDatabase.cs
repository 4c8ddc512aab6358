using Npgsql;
using Thorbecke.Storage.Postgres;
using Thorbecke.Testing.Postgres;

namespace Thorbecke.Storage.Tests.Postgres;

/// <summary>A fresh database on the shared server for one test: stores opened on it, plain SQL for checks, dropped on dispose.</summary>
public sealed class TestDatabase(PostgresServer server, string? icuLocale = null) : IDisposable
{
    private readonly List<PostgresProjectStore> stores = [];

    public string Name { get; } = server.CreateDatabase(icuLocale);

    public string Url => server.Url(Name);

    /// <summary>A store of its own, with its own connection pool, as another app instance would have.</summary>
    public PostgresProjectStore Open()
    {
        var store = new PostgresProjectStore(Url);
        lock (stores)
        {
            stores.Add(store);
        }

        return store;
    }

    /// <summary>The rows of a query, each as its columns' values.</summary>
    public List<object?[]> Query(string sql)
    {
        using var connection = Connect();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Execute(string sql)
    {
        using var connection = Connect();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }

        server.DropDatabase(Name);
    }

    private NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = server.Port,
            Username = "postgres",
            Database = Name,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
