using Thorbecke.Storage.Schema;

namespace Thorbecke.Storage.Postgres.Schema;

/// <summary>
/// What a SQLite project keeps in folders beside its file, a PostgreSQL project keeps in tables, so every app instance
/// shares it: the originals, the files of uploads not scanned yet and the login keys. These steps are PostgreSQL's own
/// and are recorded in a table of their own, so the shared steps keep one numbering on both databases.
/// </summary>
internal static class PostgresHomeMigrations
{
    public const string VersionTable = "home_schema_version";

    /// <summary>The tables only a PostgreSQL project has, this list's version table among them.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["document_files", "upload_files", "login_keys", VersionTable];

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "originals, upload files and login keys in the database, shared by every app instance", """
            CREATE TABLE document_files (
                sha256 TEXT COLLATE "C" NOT NULL PRIMARY KEY,
                extension TEXT COLLATE "C" NOT NULL,
                content BYTEA NOT NULL
            );

            CREATE TABLE upload_files (
                job_id BIGINT NOT NULL,
                position INTEGER NOT NULL,
                content BYTEA NOT NULL,
                PRIMARY KEY (job_id, position)
            );

            CREATE TABLE login_keys (
                name TEXT COLLATE "C" NOT NULL PRIMARY KEY,
                xml TEXT COLLATE "C" NOT NULL
            );
            """),
    ];
}
