using Thorbecke.Core.Documents;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Postgres.Homes;

/// <summary>The original files in the database (<c>document_files</c>), one row per content hash.</summary>
internal sealed class PostgresOriginals(SqlDatabase database) : IOriginalFiles
{
    public void Keep(string sha256, string extension, byte[] content) =>
        database.Write(transaction => transaction
            .Command("INSERT INTO document_files (sha256, extension, content) VALUES (@sha, @extension, @content) ON CONFLICT (sha256) DO NOTHING")
            .With("@sha", sha256)
            .With("@extension", extension.ToLowerInvariant())
            .With("@content", content)
            .ExecuteNonQuery());

    public byte[]? Load(DocumentInfo document) =>
        database.Read(transaction => transaction.Command("SELECT content FROM document_files WHERE sha256 = @sha")
            .With("@sha", document.Sha256)
            .ExecuteScalar() as byte[]);

    public bool Has(DocumentInfo document) =>
        database.Read(transaction => transaction.Command("SELECT COUNT(*) FROM document_files WHERE sha256 = @sha")
            .With("@sha", document.Sha256)
            .ExecuteInt64() > 0);
}
