using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Application.Evaluation;

/// <summary>
/// Measures a scan against reviewed labels: for <c>eval</c> on a results file, for <c>scan --gold</c> and for
/// <c>train</c>'s cross-validated verdicts, all on the report itself.
/// </summary>
public static class QualityCheck
{
    /// <param name="report">The scan; its machine results are measured, not the reviews laid over them.</param>
    /// <param name="labels">One label set per document.</param>
    /// <param name="catalog">The stored documents, so quotes are checked against the page text they were taken from;
    /// null when the database is not at hand (the verbatim check is then left out).</param>
    public static EvaluationReport Evaluate(ScanReport report, IReadOnlyList<GoldLabelSet> labels, IDocumentCatalog? catalog)
    {
        var documents = report.Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var predictions = report.Results.Where(r => documents.ContainsKey(r.Document))
            .Select(r => PredictedResult.From(r, documents[r.Document]))
            .ToList();
        return Evaluator.Evaluate(report.Agenda, labels, predictions, catalog is null ? null : PageText(report.Documents, catalog));
    }

    /// <summary>Page text by label key and page number, each document loaded once.</summary>
    private static Func<string, int, string?> PageText(IReadOnlyList<DocumentInfo> documents, IDocumentCatalog catalog)
    {
        var idsByKey = documents.GroupBy(LabelKeys.Of, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var pages = new Dictionary<string, Dictionary<int, string>?>(StringComparer.OrdinalIgnoreCase);
        return (key, page) =>
        {
            if (!pages.TryGetValue(key, out var byNumber))
            {
                var document = idsByKey.TryGetValue(key, out var id) ? catalog.LoadDocument(id) : null;
                pages[key] = byNumber = document?.Pages.ToDictionary(p => p.Number, p => p.Text);
            }

            return byNumber is not null && byNumber.TryGetValue(page, out var text) ? text : null;
        };
    }
}
