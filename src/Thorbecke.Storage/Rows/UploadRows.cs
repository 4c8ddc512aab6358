using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Thorbecke.Core.Text;
using Thorbecke.Core.Uploads;
using Thorbecke.Storage.Json;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and writes <c>upload_jobs</c>; the files of a job are one JSON column, statuses lower case.</summary>
internal static class UploadRows
{
    /// <summary>Outcomes as words, so the column reads well in any SQL tool.</summary>
    private static readonly JsonSerializerOptions FilesJson = new(StoredJson.Options) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private const string Select = "SELECT id, uploaded_by, uploaded_at, party, kind, status, message, files_json, published_on FROM upload_jobs";

    public static Upload Add(DbTransaction transaction, Upload upload)
    {
        using var insert = transaction.Command("""
                INSERT INTO upload_jobs (uploaded_by, uploaded_at, party, kind, status, message, files_json, published_on)
                VALUES (@by, @at, @party, @kind, @status, @message, @files, @published_on)
                RETURNING id
                """)
            .With("@by", upload.By)
            .With("@at", Timestamps.Write(upload.At))
            .With("@party", upload.Party)
            .With("@kind", upload.Kind)
            .With("@status", Status(upload.Status))
            .With("@message", upload.Message)
            .With("@files", JsonSerializer.Serialize(upload.Files, FilesJson))
            .With("@published_on", upload.Date is { } date ? IsoDate.Write(date) : null);
        return upload with { Id = insert.ExecuteInt64() };
    }

    public static bool Claim(DbTransaction transaction, long id)
    {
        using var claim = transaction.Command("UPDATE upload_jobs SET status = 'scanning' WHERE id = @id AND status = 'waiting'").With("@id", id);
        return claim.ExecuteNonQuery() == 1;
    }

    public static void Update(DbTransaction transaction, Upload upload)
    {
        using var update = transaction.Command("UPDATE upload_jobs SET status = @status, message = @message, files_json = @files WHERE id = @id")
            .With("@id", upload.Id)
            .With("@status", Status(upload.Status))
            .With("@message", upload.Message)
            .With("@files", JsonSerializer.Serialize(upload.Files, FilesJson));
        if (update.ExecuteNonQuery() == 0)
        {
            throw new InvalidOperationException($"Upload {upload.Id} does not exist.");
        }
    }

    public static IReadOnlyList<Upload> Recent(DbTransaction transaction, int count)
    {
        using var select = transaction.Command(Select + " ORDER BY id DESC LIMIT @count").With("@count", count);
        using var reader = select.ExecuteReader();
        var uploads = new List<Upload>();
        while (reader.Read())
        {
            uploads.Add(new Upload(
                reader.GetInt64(0),
                reader.GetString(1),
                new DateTimeOffset(Timestamps.Parse(reader.GetString(2))),
                reader.GetNullableString(3),
                reader.GetString(4),
                Enum.Parse<UploadStatus>(reader.GetString(5), ignoreCase: true),
                reader.GetNullableString(6),
                JsonSerializer.Deserialize<List<UploadFile>>(reader.GetString(7), FilesJson) ?? [],
                reader.GetNullableString(8) is { } date ? IsoDate.Read(date) : null));
        }

        return uploads;
    }

    /// <summary>The ids of the uploads that are waiting or being scanned.</summary>
    public static IReadOnlyList<long> Active(DbTransaction transaction)
    {
        using var select = transaction.Command("SELECT id FROM upload_jobs WHERE status IN ('waiting', 'scanning') ORDER BY id");
        using var reader = select.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>Marks one upload interrupted when it is still waiting or being scanned.</summary>
    public static int Interrupt(DbTransaction transaction, long id, string message)
    {
        using var update = transaction.Command("UPDATE upload_jobs SET status = 'interrupted', message = @message WHERE id = @id AND status IN ('waiting', 'scanning')")
            .With("@id", id)
            .With("@message", message);
        return update.ExecuteNonQuery();
    }

    public static int InterruptActive(DbTransaction transaction, string message)
    {
        using var update = transaction.Command("UPDATE upload_jobs SET status = 'interrupted', message = @message WHERE status IN ('waiting', 'scanning')")
            .With("@message", message);
        return update.ExecuteNonQuery();
    }

    private static string Status(UploadStatus status) => status.ToString().ToLowerInvariant();
}
