using System.Data.Common;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage.Json;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Storage.Rows;

/// <summary>Reads and writes <c>scan_runs</c> with the documents and errors each run covered.</summary>
internal static class RunRows
{
    public static long Begin(DbTransaction transaction, Agenda agenda, string agendaFingerprint, string engineVersion)
    {
        using var insert = transaction.Command("""
                INSERT INTO scan_runs (agenda_id, agenda_fingerprint, agenda_json, engine_version, tool_version, started_at)
                VALUES (@agenda_id, @fingerprint, @agenda_json, @engine, @tool, @started_at)
                RETURNING id
                """)
            .With("@agenda_id", agenda.Id)
            .With("@fingerprint", agendaFingerprint)
            .With("@agenda_json", AgendaJson.Write(agenda))
            .With("@engine", engineVersion)
            .With("@tool", ScanReport.Version)
            .With("@started_at", Timestamps.Now());
        return insert.ExecuteInt64();
    }

    public static void Finish(DbTransaction transaction, long runId, IReadOnlyList<DocumentInfo> documents, IReadOnlyList<ScanError> errors)
    {
        using var finish = transaction.Command("UPDATE scan_runs SET finished_at = @at WHERE id = @id AND finished_at IS NULL")
            .With("@at", Timestamps.Now())
            .With("@id", runId);
        if (finish.ExecuteNonQuery() == 0)
        {
            throw new InvalidOperationException($"Scan run {runId} does not exist or has already been finished.");
        }

        using var insertDocument = transaction.Command("""
                INSERT INTO scan_run_documents (run_id, position, document_id, file) VALUES (@run, @position, @document, @file)
                """)
            .With("@run", runId).With("@position", 0).With("@document", "").With("@file", "");
        for (var position = 0; position < documents.Count; position++)
        {
            insertDocument.Set("@position", position).Set("@document", documents[position].Id).Set("@file", documents[position].File).ExecuteNonQuery();
        }

        using var insertError = transaction.Command("""
                INSERT INTO scan_run_errors (run_id, position, file, message) VALUES (@run, @position, @file, @message)
                """)
            .With("@run", runId).With("@position", 0).With("@file", "").With("@message", "");
        for (var position = 0; position < errors.Count; position++)
        {
            insertError.Set("@position", position).Set("@file", errors[position].File).Set("@message", errors[position].Message).ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The project as it stands: the agenda, engine and errors of the run that finished last, and every document any
    /// finished run judged (a CLI scan, an upload), each with its latest results. A later run over other files never
    /// hides a document or its reviews; the runs themselves stay as history. Runs that never finished (a scan that was
    /// stopped or killed) are skipped: they are incomplete by definition.
    /// </summary>
    public static ScanReport? LoadLatest(DbTransaction transaction)
    {
        long runId;
        string agendaJson, fingerprint, engine;
        using (var select = transaction.Command("""
                SELECT id, agenda_json, agenda_fingerprint, engine_version FROM scan_runs
                WHERE finished_at IS NOT NULL
                ORDER BY finished_at DESC, id DESC
                LIMIT 1
                """))
        using (var reader = select.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            (runId, agendaJson, fingerprint, engine) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }

        var agenda = AgendaJson.Read(agendaJson);
        var asks = agenda.Asks.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var documents = new List<DocumentInfo>();
        var results = new List<AskResult>();
        foreach (var (document, judgedWith) in ReadProjectDocuments(transaction))
        {
            // Results of the latest agenda and engine where the document has them; otherwise those of the run that
            // judged it last, for the asks the agenda still has.
            var found = ResultRows.Find(transaction, new ResultKey(fingerprint, engine, document.Id))
                ?? ResultRows.Find(transaction, judgedWith)?.Where(r => asks.Contains(r.Ask)).ToList();
            documents.Add(document);
            results.AddRange(found ?? []);
        }

        return new ScanReport(agenda, documents, results, ReadErrors(transaction, runId)) { EngineVersion = engine };
    }

    /// <summary>
    /// Every document of a finished run, once: those of the latest run first in run order, then the others by how
    /// recently a run judged them; described as they are now, with the file name and results key of that run.
    /// </summary>
    private static List<(DocumentInfo Document, ResultKey JudgedWith)> ReadProjectDocuments(DbTransaction transaction)
    {
        using var select = transaction.Command("""
                SELECT d.id, r.file, d.sha256, d.party, d.kind, d.title, d.election, d.pages, d.printed_page_offset, d.published_on, s.agenda_fingerprint, s.engine_version
                FROM scan_run_documents r
                JOIN scan_runs s ON s.id = r.run_id
                JOIN documents d ON d.id = r.document_id
                WHERE s.finished_at IS NOT NULL
                ORDER BY s.finished_at DESC, s.id DESC, r.position
                """);
        using var reader = select.ExecuteReader();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<(DocumentInfo, ResultKey)>();
        while (reader.Read())
        {
            var info = DocumentRows.ReadInfo(reader);
            if (seen.Add(info.Id))
            {
                documents.Add((info, new ResultKey(reader.GetString(10), reader.GetString(11), info.Id)));
            }
        }

        return documents;
    }

    private static List<ScanError> ReadErrors(DbTransaction transaction, long runId)
    {
        using var select = transaction.Command("SELECT file, message FROM scan_run_errors WHERE run_id = @run ORDER BY position")
            .With("@run", runId);
        using var reader = select.ExecuteReader();
        var errors = new List<ScanError>();
        while (reader.Read())
        {
            errors.Add(new ScanError(reader.GetString(0), reader.GetString(1)));
        }

        return errors;
    }
}
