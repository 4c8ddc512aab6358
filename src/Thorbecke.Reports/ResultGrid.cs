using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports;

/// <summary>
/// The results of a report as a complete document x ask grid, in the order every output uses:
/// documents in report order, then asks in agenda order. Each pair appears exactly once, so readers of
/// the JSON, CSV and HTML never have to cope with gaps or duplicates.
/// </summary>
public sealed class ResultGrid
{
    /// <summary>The rationale of a pair the scan produced no result for.</summary>
    public const string MissingRationale = "Geen resultaat beschikbaar voor deze combinatie.";

    private readonly Dictionary<(string Document, string Ask), AskResult> cells;

    private ResultGrid(ScanReport report)
    {
        Report = report;
        cells = new Dictionary<(string, string), AskResult>();
        foreach (var result in report.Results)
        {
            // The first result wins: a duplicate can only come from a faulty store and must not double-count.
            cells.TryAdd((result.Document, result.Ask), result);
        }
    }

    public ScanReport Report { get; }

    public Agenda Agenda => Report.Agenda;

    public IReadOnlyList<DocumentInfo> Documents => Report.Documents;

    public static ResultGrid For(ScanReport report) => new(report);

    /// <summary>The result for one pair; a pair without a result reads as "not mentioned" with zero confidence.</summary>
    public AskResult Get(DocumentInfo document, Ask ask) =>
        cells.TryGetValue((document.Id, ask.Id), out var result)
            ? result
            : new AskResult(ask.Id, document.Id, Verdict.None, 0, [], MissingRationale);

    /// <summary>Every pair, documents first, then asks in agenda order.</summary>
    public IEnumerable<(DocumentInfo Document, Ask Ask, AskResult Result)> Rows()
    {
        foreach (var document in Documents)
        {
            foreach (var ask in Agenda.Asks)
            {
                yield return (document, ask, Get(document, ask));
            }
        }
    }

    /// <summary>How many asks of the agenda got each verdict in one document.</summary>
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
