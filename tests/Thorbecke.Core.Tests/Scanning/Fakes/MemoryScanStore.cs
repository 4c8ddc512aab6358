using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Scanning.Fakes;

/// <summary>
/// A store in memory, as simple as the contract allows: Core's tests cannot reach the SQLite store, whose own contract
/// tests (Thorbecke.Storage.Tests) run the scanner against a real file.
/// </summary>
internal sealed class MemoryScanStore : IScanStore
{
    private readonly Dictionary<string, Document> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Agenda, string Engine, string Document), IReadOnlyList<AskResult>> results = [];
    private readonly List<Run> runs = [];

    public IReadOnlyList<Run> Runs => runs;

    public IReadOnlyCollection<Document> Documents => documents.Values;

    public Document? FindDocument(string sha256) => documents.GetValueOrDefault(sha256);

    public void SaveDocument(Document document) => documents[document.Info.Sha256] = document;

    public IReadOnlyList<AskResult>? FindResults(string agendaFingerprint, string engineVersion, string documentId) =>
        results.GetValueOrDefault((agendaFingerprint, engineVersion, documentId));

    public void SaveResults(string agendaFingerprint, string engineVersion, string documentId, IReadOnlyList<AskResult> results) =>
        this.results[(agendaFingerprint, engineVersion, documentId)] = results;

    public long BeginRun(Agenda agenda, string agendaFingerprint, string engineVersion)
    {
        runs.Add(new Run(agenda, agendaFingerprint, engineVersion));
        return runs.Count;
    }

    public void FinishRun(long runId, IReadOnlyList<DocumentInfo> documents, IReadOnlyList<ScanError> errors) =>
        runs[(int)runId - 1] = runs[(int)runId - 1] with { Documents = documents, Errors = errors };

    public ScanReport? LoadLatestReport()
    {
        if (runs.LastOrDefault(r => r.Documents is not null) is not { } run)
        {
            return null;
        }

        var judged = run.Documents!.SelectMany(d => results[(run.Fingerprint, run.Engine, d.Id)]).ToList();
        return new ScanReport(run.Agenda, run.Documents!, judged, run.Errors!);
    }

    /// <summary>A run as begun, and once finished its documents and errors.</summary>
    internal sealed record Run(Agenda Agenda, string Fingerprint, string Engine)
    {
        public IReadOnlyList<DocumentInfo>? Documents { get; init; }

        public IReadOnlyList<ScanError>? Errors { get; init; }
    }
}
