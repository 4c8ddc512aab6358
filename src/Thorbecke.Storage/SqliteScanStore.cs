using System.Globalization;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage;

/// <summary>
/// The default store: one SQLite file holding the whole project (see <see cref="SqlProjectStore"/>).
/// Every write is a single transaction on its own connection, so the store can be used from several
/// threads and a scan killed at any moment leaves only whole documents and whole result sets behind;
/// running the scan again completes the job.
/// </summary>
public sealed class SqliteScanStore : SqlProjectStore
{
    /// <summary>The environment variable that names the database file; see <see cref="DefaultPath"/>.</summary>
    public const string PathVariable = "THORBECKE_DB";

    /// <summary>The file name used when <see cref="PathVariable"/> is not set.</summary>
    public const string DefaultFileName = "thorbecke.db";

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating the file and its folder when needed and
    /// bringing the schema up to date.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file was written by a newer Thorbecke with a schema this version does not know.</exception>
    public SqliteScanStore(string path)
        : base(new SqliteDatabase(path))
    {
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
    public string FilePath => ((SqliteDatabase)Database).Path;

    public override string ChangeToken() =>
        Database.Read(transaction =>
        {
            using var select = transaction.Command("""
                SELECT (SELECT id FROM scan_runs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1),
                       (SELECT COUNT(*) FROM reviews), (SELECT COALESCE(MAX(rowid), 0) FROM reviews)
                """);
            using var reader = select.ExecuteReader();
            reader.Read();
            return string.Create(CultureInfo.InvariantCulture, $"run {(reader.IsDBNull(0) ? "-" : reader.GetInt64(0))}, reviews {reader.GetInt64(1)}/{reader.GetInt64(2)}");
        });
}
