using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Postgres.Homes;

/// <summary>The files of uploads not scanned yet in the database (<c>upload_files</c>), so any app instance can scan them.</summary>
internal sealed class PostgresUploadFiles(SqlDatabase database) : IUploadFiles
{
    public void Keep(long job, IReadOnlyList<byte[]> files) =>
        database.Write(transaction =>
        {
            using (var delete = transaction.Command("DELETE FROM upload_files WHERE job_id = @job").With("@job", job))
            {
                delete.ExecuteNonQuery();
            }

            for (var i = 0; i < files.Count; i++)
            {
                using var insert = transaction.Command("INSERT INTO upload_files (job_id, position, content) VALUES (@job, @position, @content)")
                    .With("@job", job)
                    .With("@position", i)
                    .With("@content", files[i]);
                insert.ExecuteNonQuery();
            }
        });

    public IReadOnlyList<byte[]>? Load(long job, int count) =>
        database.Read(transaction =>
        {
            using var select = transaction.Command("SELECT content FROM upload_files WHERE job_id = @job ORDER BY position").With("@job", job);
            using var reader = select.ExecuteReader();
            var files = new List<byte[]>();
            while (reader.Read())
            {
                files.Add((byte[])reader.GetValue(0));
            }

            return files.Count == count ? files : null;
        });

    public bool Has(long job, int count) =>
        database.Read(transaction => transaction.Command("SELECT COUNT(*) FROM upload_files WHERE job_id = @job").With("@job", job).ExecuteInt64() == count);

    public void Discard(long job) =>
        database.Write(transaction => transaction.Command("DELETE FROM upload_files WHERE job_id = @job").With("@job", job).ExecuteNonQuery());
}
