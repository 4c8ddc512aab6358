using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage;

namespace Thorbecke.Web.Tests.Reviewing;

/// <summary>
/// The scan of <see cref="TestData"/> with a confidence of its own for every cell, so the least certain cells are
/// neither the first asks of the agenda nor the first documents, and with some cells already reviewed by anna.
/// </summary>
internal static class QueueTestData
{
    /// <summary>Per ask in agenda order, the machine's confidence per document in <see cref="TestData.Documents"/> order.</summary>
    private static readonly Dictionary<string, double[]> Confidences = new()
    {
        ["wonen-01"] = [0.90, 0.80, 0.95, 0.85],
        ["wonen-02"] = [0.05, 0.60, 0.75, 0.40],
        ["financien-01"] = [0.30, 0.65, 0.20, 0.90],
        ["financien-02"] = [0.45, 0.55, 0.68, 0.70],
        ["klimaat-01"] = [0.15, 0.25, 0.50, 0.95],
        ["zorg-01"] = [0.10, 0.99, 0.97, 0.35],
    };

    /// <summary>
    /// Reviewed before the app starts: two cells the machine was least sure of (they must still leave the queue),
    /// one it was sure of, and every cell of klimaat-01.
    /// </summary>
    public static IReadOnlyList<(string Ask, int Document)> SomeReviewed { get; } =
    [
        ("wonen-02", 0), ("zorg-01", 0), ("wonen-01", 2),
        ("klimaat-01", 0), ("klimaat-01", 1), ("klimaat-01", 2), ("klimaat-01", 3),
    ];

    public static IEnumerable<(string Ask, int Document)> AllCells =>
        TestData.Agenda.Asks.SelectMany(a => Enumerable.Range(0, TestData.Documents.Count).Select(d => (a.Id, d)));

    public static string DocumentId(int document) => TestData.Documents[document].Info.Id;

    public static string CellPath(string ask, int document) => $"/vragen/{ask}/{DocumentId(document)}";

    /// <summary>Stores the scan, then a review by anna, confirming the machine, of each of <paramref name="reviewed"/>.</summary>
    public static void StoreScan(SqliteScanStore store, IEnumerable<(string Ask, int Document)> reviewed)
    {
        var fingerprint = AgendaFingerprint.Of(TestData.Agenda);
        var run = store.BeginRun(TestData.Agenda, fingerprint, TestData.Engine);
        var verdicts = new Dictionary<(string, string), Core.Verdicts.Verdict>();
        for (var d = 0; d < TestData.Documents.Count; d++)
        {
            var document = TestData.Documents[d];
            var results = TestData.Results(document, "Het programma noemt dit.").Select(r => r with { Confidence = Confidences[r.Ask][d] }).ToList();
            store.SaveDocument(document);
            store.SaveResults(fingerprint, TestData.Engine, document.Info.Id, results);
            foreach (var result in results)
            {
                verdicts[(result.Ask, result.Document)] = result.Verdict;
            }
        }

        store.FinishRun(run, TestData.Documents.Select(d => d.Info).ToList(), []);
        foreach (var (ask, document) in reviewed)
        {
            var verdict = verdicts[(ask, DocumentId(document))];
            store.SaveReview(new ReviewRequest(ask, DocumentId(document), verdict, true, [], null, "anna", 0), DateTimeOffset.UtcNow);
        }
    }
}
