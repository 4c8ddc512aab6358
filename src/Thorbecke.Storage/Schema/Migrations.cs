namespace Thorbecke.Storage.Schema;

/// <summary>
/// The whole database schema, as numbered steps. Add new steps at the end and never edit an applied one:
/// existing databases only run the steps they have not seen yet.
/// </summary>
/// <remarks>
/// The SQL stays plain so the PostgreSQL store can mirror it table for table. The only SQLite-specific
/// detail is <c>scan_runs.id INTEGER PRIMARY KEY</c> (a rowid alias that numbers itself; PostgreSQL needs
/// <c>BIGINT GENERATED ALWAYS AS IDENTITY</c>). Scores are DOUBLE PRECISION, which is SQLite's 8-byte REAL
/// and, unlike PostgreSQL's REAL, keeps every double exactly. Timestamps are ISO 8601 UTC text, so they
/// sort as text and read the same everywhere.
/// Reviews (step 2) are keyed by ask and document id, never by run or engine, so they survive every re-scan;
/// that is why the store never deletes anything but the result rows it is replacing.
/// Accounts that existed before step 3 have an empty security stamp until they are saved or log out; cookies issued
/// before it carry no stamp at all and are refused, so everyone logs in once after the upgrade.
/// </remarks>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "documents, pages, passages, scan runs, results and evidence", """
            CREATE TABLE documents (
                id TEXT NOT NULL PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,
                file TEXT NOT NULL,
                party TEXT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                election TEXT NULL,
                pages INTEGER NOT NULL,
                created_at TEXT NOT NULL
            );

            CREATE TABLE pages (
                document_id TEXT NOT NULL REFERENCES documents (id),
                number INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (document_id, number)
            );

            CREATE TABLE passages (
                document_id TEXT NOT NULL REFERENCES documents (id),
                idx INTEGER NOT NULL,
                page INTEGER NOT NULL,
                text TEXT NOT NULL,
                heading_path TEXT NOT NULL,
                PRIMARY KEY (document_id, idx)
            );

            CREATE TABLE scan_runs (
                id INTEGER PRIMARY KEY,
                agenda_id TEXT NOT NULL,
                agenda_fingerprint TEXT NOT NULL,
                agenda_json TEXT NOT NULL,
                engine_version TEXT NOT NULL,
                tool_version TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT NULL
            );

            CREATE INDEX scan_runs_by_finished_at ON scan_runs (finished_at);

            CREATE TABLE scan_run_documents (
                run_id INTEGER NOT NULL REFERENCES scan_runs (id),
                position INTEGER NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents (id),
                file TEXT NOT NULL,
                PRIMARY KEY (run_id, position)
            );

            CREATE TABLE scan_run_errors (
                run_id INTEGER NOT NULL REFERENCES scan_runs (id),
                position INTEGER NOT NULL,
                file TEXT NOT NULL,
                message TEXT NOT NULL,
                PRIMARY KEY (run_id, position)
            );

            CREATE TABLE results (
                agenda_fingerprint TEXT NOT NULL,
                engine_version TEXT NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents (id),
                ask_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                verdict TEXT NOT NULL CHECK (verdict IN ('support', 'partial', 'none', 'oppose')),
                confidence DOUBLE PRECISION NOT NULL,
                rationale TEXT NOT NULL,
                PRIMARY KEY (agenda_fingerprint, engine_version, document_id, ask_id)
            );

            CREATE TABLE evidence (
                agenda_fingerprint TEXT NOT NULL,
                engine_version TEXT NOT NULL,
                document_id TEXT NOT NULL,
                ask_id TEXT NOT NULL,
                rank INTEGER NOT NULL,
                page INTEGER NOT NULL,
                quote TEXT NOT NULL,
                score DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (agenda_fingerprint, engine_version, document_id, ask_id, rank),
                FOREIGN KEY (agenda_fingerprint, engine_version, document_id, ask_id)
                    REFERENCES results (agenda_fingerprint, engine_version, document_id, ask_id)
            );
            """),
        new(2, "analysts' reviews (append-only, one row per version) and web accounts", """
            CREATE TABLE reviews (
                ask_id TEXT NOT NULL,
                document_id TEXT NOT NULL REFERENCES documents (id),
                version INTEGER NOT NULL,
                verdict TEXT NOT NULL CHECK (verdict IN ('support', 'partial', 'none', 'oppose')),
                confirmed INTEGER NOT NULL,
                evidence_json TEXT NOT NULL,
                comment TEXT NULL,
                reviewer TEXT NOT NULL,
                reviewed_at TEXT NOT NULL,
                PRIMARY KEY (ask_id, document_id, version)
            );

            CREATE TABLE accounts (
                name TEXT NOT NULL PRIMARY KEY,
                role TEXT NOT NULL CHECK (role IN ('viewer', 'reviewer', 'admin')),
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            """),
        new(3, "a security stamp per account, so logging out or a changed role or password ends its sessions", """
            ALTER TABLE accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
            """),
        new(4, "upload jobs, so a restarted web app shows what was added and what was interrupted", """
            CREATE TABLE upload_jobs (
                id INTEGER PRIMARY KEY,
                uploaded_by TEXT NOT NULL,
                uploaded_at TEXT NOT NULL,
                party TEXT NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('waiting', 'scanning', 'done', 'failed', 'interrupted')),
                message TEXT NULL,
                files_json TEXT NOT NULL
            );
            """),
        new(5, "the offset of printed page numbers, so quotes are cited as readers see them (p. 40 (pdf 42))", """
            ALTER TABLE documents ADD COLUMN printed_page_offset INTEGER NOT NULL DEFAULT 0;
            """),
        new(6, "project settings, so the web app judges uploads with the settings of the CLI's scan", """
            CREATE TABLE project_settings (
                name TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            """),
    ];

    /// <summary>The schema version this build of Thorbecke creates and understands.</summary>
    public static int Latest => All[^1].Version;
}
