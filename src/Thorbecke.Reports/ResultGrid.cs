using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports;

/// <summary>
/// The results of a report as a complete document x ask grid, in the order every output uses:
/// documents in report order, then asks in agenda order. Each pair appears exactly once, so readers of
/// the JSON, CSV and HTML never have to cope with gaps or duplicates. Every cell carries its current review
/// (<see cref="ScanReport.Reviews"/>), so every output built on the grid shows the reviewed verdict.
/// </summary>
public sealed class ResultGrid
{
    /// <summary>The rationale of a pair the scan produced no result for.</summary>
    public const string MissingRationale = "Voor deze combinatie is geen resultaat beschikbaar.";

    private readonly Dictionary<(string Document, string Ask), AskResult> results;
    private readonly Dictionary<(string Ask, string Document), Review> reviews;

    private ResultGrid(ScanReport report)
    {
        Report = report;
        results = new Dictionary<(string, string), AskResult>();
        foreach (var result in report.Results)
        {
            // The first result wins: a duplicate can only come from a faulty store and must not double-count.
            results.TryAdd((result.Document, result.Ask), result);
        }

        reviews = ReviewedResult.ByCell(report.Reviews);
    }

    public ScanReport Report { get; }

    public Agenda Agenda => Report.Agenda;

    public IReadOnlyList<DocumentInfo> Documents => Report.Documents;

    /// <summary>True when an analyst reviewed at least one cell of the grid.</summary>
    public bool HasReviews => Rows().Any(row => row.Cell.IsReviewed);

    public static ResultGrid For(ScanReport report) => new(report);

    /// <summary>
    /// The cell for one pair with its review laid over it; a pair without a result reads as "not mentioned" with zero
    /// confidence.
    /// </summary>
    public ReviewedResult Get(DocumentInfo document, Ask ask)
    {
        var machine = results.TryGetValue((document.Id, ask.Id), out var result)
            ? result
            : new AskResult(ask.Id, document.Id, Verdict.None, 0, [], MissingRationale);
        return new ReviewedResult(machine, reviews.GetValueOrDefault((ask.Id, document.Id)));
    }

    /// <summary>Every pair, documents first, then asks in agenda order.</summary>
    public IEnumerable<(DocumentInfo Document, Ask Ask, ReviewedResult Cell)> Rows()
    {
        foreach (var document in Documents)
        {
            foreach (var ask in Agenda.Asks)
            {
                yield return (document, ask, Get(document, ask));
            }
        }
    }

    /// <summary>How many asks of the agenda got each verdict (the reviewed one where there is one) in one document.</summary>
    public IReadOnlyDictionary<Verdict, int> CountVerdicts(DocumentInfo document)
    {
        var counts = VerdictNames.All.ToDictionary(v => v, _ => 0);
        foreach (var ask in Agenda.Asks)
        {
            counts[Get(document, ask).Verdict]++;
        }

        return counts;
    }
}
