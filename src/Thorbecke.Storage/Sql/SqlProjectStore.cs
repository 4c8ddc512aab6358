using System.Data.Common;
using Thorbecke.Core.Accounts;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Projects;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Uploads;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Rows;

namespace Thorbecke.Storage.Sql;

/// <summary>
/// The whole store of a project written once in SQL both SQLite and PostgreSQL run: documents, runs, results,
/// reviews with their history, settings, accounts and upload jobs. A provider gives the database, the change token
/// and how a cell is locked while a review is saved. Every write is a single transaction, so a scan killed at any
/// moment leaves only whole documents and whole result sets behind.
/// </summary>
public abstract class SqlProjectStore(SqlDatabase database) : IProjectStore, IAccountStore, IUploadJournal, IDisposable
{
    /// <summary>The database this store runs on (for copying a whole project table by table).</summary>
    protected internal SqlDatabase Database => database;

    /// <inheritdoc/>
    public abstract string ChangeToken();

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

    public IReadOnlyList<DocumentInfo> ListDocuments() =>
        database.Read(DocumentRows.List);

    public Document? LoadDocument(string id) =>
        database.Read(transaction => DocumentRows.FindById(transaction, id));

    public Review SaveReview(ReviewRequest request, DateTimeOffset at) =>
        database.Write(transaction =>
        {
            LockCell(transaction, request.Ask, request.Document);
            return ReviewRows.Save(transaction, request, at);
        });

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

    public bool ClaimUpload(long id) =>
        database.Write(transaction => UploadRows.Claim(transaction, id));

    public IReadOnlyList<Upload> RecentUploads(int count) =>
        database.Read(transaction => UploadRows.Recent(transaction, count));

    /// <inheritdoc/>
    public virtual int InterruptActiveUploads(string message) =>
        database.Write(transaction => UploadRows.InterruptActive(transaction, message));

    /// <inheritdoc/>
    public virtual IDisposable HoldUpload(long id) => NothingHeld.Instance;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) => database.Dispose();

    /// <summary>
    /// Keeps a second save of the same cell waiting until this one commits, so it sees the new version and gets a
    /// conflict instead of a duplicate version. A database that serializes every writer needs nothing here.
    /// </summary>
    protected virtual void LockCell(DbTransaction transaction, string ask, string document)
    {
    }

    /// <summary>
    /// Runs after a whole project was copied in with its own row ids, in the copy's transaction: a database that numbers
    /// rows with a sequence moves it past the copied ids here.
    /// </summary>
    protected internal virtual void AfterCopy(DbTransaction transaction)
    {
    }

    private sealed class NothingHeld : IDisposable
    {
        public static readonly NothingHeld Instance = new();

        public void Dispose()
        {
        }
    }
}
