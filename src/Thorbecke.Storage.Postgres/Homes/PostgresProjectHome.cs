using System.Security.Cryptography;
using System.Text;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Postgres.Homes;

/// <summary>A project on a PostgreSQL server: the store and, in tables of the same database, its files and login keys.</summary>
public sealed class PostgresProjectHome : ProjectHome
{
    private readonly PostgresProjectStore store;

    /// <param name="address">A <c>postgres://</c> URL or an Npgsql connection string.</param>
    public PostgresProjectHome(string address)
    {
        store = new PostgresProjectStore(address);
        Originals = new PostgresOriginals(store.Connection);
        Uploads = new PostgresUploadFiles(store.Connection);
        LoginKeys = new PostgresLoginKeys(store.Connection);
        // The language model's answers are a cache of this machine's, per database.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(store.Name)))[..12];
        LlmCache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "thorbecke", "llm-cache", key);
    }

    public override string Name => store.Name;

    public override SqlProjectStore Store => store;

    public override IOriginalFiles Originals { get; }

    public override IUploadFiles Uploads { get; }

    public override ILoginKeys LoginKeys { get; }

    public override string LlmCache { get; }
}
