using System.Globalization;
using Thorbecke.Core.Accounts;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Projects;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Uploads;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Rows;

namespace Thorbecke.Storage;

/// <summary>
/// The default <see cref="IScanStore"/>: one SQLite file holding documents, scan runs and results.
/// Every write is a single transaction on its own connection, so the store can be used from several
/// threads and a scan killed at any moment leaves only whole documents and whole result sets behind;
/// running the scan again completes the job.
/// </summary>
public sealed class SqliteScanStore : IProjectStore, IAccountStore, IUploadJournal, IDisposable
{
    /// <summary>The environment variable that names the database file; see <see cref="DefaultPath"/>.</summary>
    public const string PathVariable = "THORBECKE_DB";

    /// <summary>The file name used when <see cref="PathVariable"/> is not set.</summary>
    public const string DefaultFileName = "thorbecke.db";

    private readonly SqliteDatabase database;

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating the file and its folder when needed and
    /// bringing the schema up to date.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file was written by a newer Thorbecke with a schema this version does not know.</exception>
    public SqliteScanStore(string path)
    {
        database = new SqliteDatabase(path);
    }

    /// <summary>
    /// The database the CLI and the web app use unless told otherwise: the value of the
    /// <c>THORBECKE_DB</c> environment variable when it is set and not blank, otherwise
    /// <c>thorbecke.db</c> in the current directory. Always a full path.
    /// </summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable(PathVariable) is { } configured && !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured.Trim())
            : Path.GetFullPath(DefaultFileName);

    /// <summary>The full path of the database file.</summary>
    public string FilePath => database.Path;

    public Document? FindDocument(string sha256) =>
        database.Read(transaction => DocumentRows.FindBySha256(transaction, sha256));

    public void SaveDocument(Document document) =>
        database.Write(transaction => DocumentRows.Save(transaction, document));

    public IReadOnlyList<AskResult>? FindResults(string agendaFingerprint, string engineVersion, string documentId) =>
        database.Read(transaction => ResultRows.Find(transaction, new ResultKey(agendaFingerprint, engineVersion, documentId)));

    /// <summary>Replaces the results of one document; saving an empty list removes them, so <see cref="FindResults"/> returns null.</summary>
    public void SaveResults(string agendaFingerprint, string engineVersion, string documentId, IReadOnlyList<AskResult> results) =>
        database.Write(transaction => ResultRows.Replace(transaction, new ResultKey(agendaFingerprint, engineVersion, documentId), results));

    public long BeginRun(Agenda agenda, string agendaFingerprint, string engineVersion) =>
        database.Write(transaction => RunRows.Begin(transaction, agenda, agendaFingerprint, engineVersion));

    /// <exception cref="InvalidOperationException">The run does not exist or was finished before.</exception>
    public void FinishRun(long runId, IReadOnlyList<DocumentInfo> documents, IReadOnlyList<ScanError> errors) =>
        database.Write(transaction => RunRows.Finish(transaction, runId, documents, errors));

    /// <summary>The run that finished last (runs that never finished are skipped), rebuilt as a report; null when there is none.</summary>
    public ScanReport? LoadLatestReport() =>
        database.Read(RunRows.LoadLatest);

    public string ChangeToken() =>
        database.Read(transaction =>
        {
            using var select = transaction.Command("""
                SELECT (SELECT id FROM scan_runs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1),
                       (SELECT COUNT(*) FROM reviews), (SELECT COALESCE(MAX(rowid), 0) FROM reviews)
                """);
            using var reader = select.ExecuteReader();
            reader.Read();
            return string.Create(CultureInfo.InvariantCulture, $"run {(reader.IsDBNull(0) ? "-" : reader.GetInt64(0))}, reviews {reader.GetInt64(1)}/{reader.GetInt64(2)}");
        });

    public IReadOnlyList<DocumentInfo> ListDocuments() =>
        database.Read(DocumentRows.List);

    public Document? LoadDocument(string id) =>
        database.Read(transaction => DocumentRows.FindById(transaction, id));

    public Review SaveReview(ReviewRequest request, DateTimeOffset at) =>
        database.Write(transaction => ReviewRows.Save(transaction, request, at));

    public IReadOnlyList<Review> ReviewHistory(string ask, string document) =>
        database.Read(transaction => ReviewRows.History(transaction, ask, document));

    public IReadOnlyList<Review> CurrentReviews() =>
        database.Read(ReviewRows.Current);

    public string? FindSetting(string name) =>
        database.Read(transaction => SettingRows.Find(transaction, name));

    public void SaveSetting(string name, string value) =>
        database.Write(transaction => SettingRows.Save(transaction, name, value));

    public Account? FindAccount(string name) =>
        database.Read(transaction => AccountRows.Find(transaction, name));

    public IReadOnlyList<Account> ListAccounts() =>
        database.Read(AccountRows.List);

    public void SaveAccount(Account account) =>
        database.Write(transaction => AccountRows.Save(transaction, account));

    public void RotateSecurityStamp(string name) =>
        database.Write(transaction => AccountRows.RotateStamp(transaction, name));

    /// <summary>Releases the pooled connections to the file; the store must not be used afterwards.</summary>
    public Upload AddUpload(Upload upload) =>
        database.Write(transaction => UploadRows.Add(transaction, upload));

    public void UpdateUpload(Upload upload) =>
        database.Write(transaction => UploadRows.Update(transaction, upload));

    public IReadOnlyList<Upload> RecentUploads(int count) =>
        database.Read(transaction => UploadRows.Recent(transaction, count));

    public int InterruptActiveUploads(string message) =>
        database.Write(transaction => UploadRows.InterruptActive(transaction, message));

    public void Dispose() => database.Dispose();
}
