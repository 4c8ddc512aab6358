using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Scanning;

/// <summary>
/// Where documents, scan runs and results live. Every write is one transaction, so a scan that is
/// killed half way leaves only whole documents and whole result sets behind.
/// </summary>
public interface IScanStore
{
    /// <summary>The stored document with this content hash, with its pages and passages.</summary>
    Document? FindDocument(string sha256);

    /// <summary>Stores a document with its pages and passages, or updates its description if it is already there.</summary>
    void SaveDocument(Document document);

    /// <summary>Stored results of one document for an agenda version and engine version, or null when there are none.</summary>
    IReadOnlyList<AskResult>? FindResults(string agendaFingerprint, string engineVersion, string documentId);

    /// <summary>Replaces the results of one document for an agenda version and engine version.</summary>
    void SaveResults(string agendaFingerprint, string engineVersion, string documentId, IReadOnlyList<AskResult> results);

    /// <summary>Records the start of a run and returns its id.</summary>
    long BeginRun(Agenda agenda, string agendaFingerprint, string engineVersion);

    /// <summary>Records what a run covered: its documents (in order) and the files that failed.</summary>
    void FinishRun(long runId, IReadOnlyList<DocumentInfo> documents, IReadOnlyList<ScanError> errors);

    /// <summary>
    /// The project as a report: the latest finished run's agenda and errors, with every document any finished run
    /// judged and its latest results; null when the database has no finished run.
    /// </summary>
    ScanReport? LoadLatestReport();
}
