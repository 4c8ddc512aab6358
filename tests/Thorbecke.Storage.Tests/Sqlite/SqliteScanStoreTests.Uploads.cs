using Thorbecke.Core.Uploads;

namespace Thorbecke.Storage.Tests.Sqlite;

/// <summary>The upload journal keeps the date an uploader gave, so a restarted app scans an interrupted upload with it.</summary>
public sealed partial class SqliteScanStoreTests
{
    [Fact]
    public void Uploads_Should_keep_the_given_date_after_the_database_is_opened_again()
    {
        var date = new DateOnly(2026, 3, 12);
        long dated, undated;
        using (var first = new SqliteScanStore(DatabasePath))
        {
            dated = first.AddUpload(new Upload(0, "anna", DateTimeOffset.UnixEpoch, "Minister van BZK", "letter", UploadStatus.Waiting, null, [new UploadFile("brief.pdf")], date)).Id;
            undated = first.AddUpload(new Upload(0, "anna", DateTimeOffset.UnixEpoch, null, "programme", UploadStatus.Waiting, null, [new UploadFile("rood.pdf")])).Id;
        }

        var uploads = Open().RecentUploads(10);

        Assert.Equal(date, uploads.Single(u => u.Id == dated).Date);
        Assert.Null(uploads.Single(u => u.Id == undated).Date);
        Assert.Equal("2026-03-12", Scalar($"SELECT published_on FROM upload_jobs WHERE id = {dated}"));
    }

    [Fact]
    public void Upgrading_Should_keep_uploads_from_schema_7_without_a_date()
    {
        CreateAtVersion(7);
        Execute("""
            INSERT INTO upload_jobs (uploaded_by, uploaded_at, party, kind, status, message, files_json)
            VALUES ('anna', '2026-01-01T00:00:00.0000000Z', 'Rood', 'programme', 'done', 'Klaar', '[{"name":"rood.pdf","outcome":"done"}]')
            """);

        var upload = Assert.Single(Open().RecentUploads(10));

        Assert.Equal(("Rood", UploadStatus.Done, (DateOnly?)null), (upload.Party, upload.Status, upload.Date));
    }
}
