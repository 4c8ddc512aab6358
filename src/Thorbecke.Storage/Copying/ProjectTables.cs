namespace Thorbecke.Storage.Copying;

/// <summary>
/// Every table of a project, in an order where each row's references come before it, with the columns that order its
/// rows (its primary key): what a copy moves and what a check compares. <c>schema_version</c> is left out: each
/// database records its own steps.
/// </summary>
internal static class ProjectTables
{
    public static IReadOnlyList<(string Table, string OrderBy)> All { get; } =
    [
        ("documents", "id"),
        ("pages", "document_id, number"),
        ("passages", "document_id, idx"),
        ("scan_runs", "id"),
        ("scan_run_documents", "run_id, position"),
        ("scan_run_errors", "run_id, position"),
        ("results", "agenda_fingerprint, engine_version, document_id, ask_id"),
        ("evidence", "agenda_fingerprint, engine_version, document_id, ask_id, rank"),
        ("reviews", "ask_id, document_id, version"),
        ("accounts", "name"),
        ("upload_jobs", "id"),
        ("project_settings", "name"),
    ];
}
