using Lucene.Net.Analysis;
using Thorbecke.Core.Agendas;
using Thorbecke.Search.Analysis;

namespace Thorbecke.Search.Matching;

/// <summary>
/// How specific a term is to one ask within its agenda: "opschalingskorting" belongs to few asks, "gemeente" to
/// many. Terms that tell asks apart are the ones that show whether a document addresses this ask.
/// </summary>
public sealed class AgendaTermStatistics
{
    private readonly Dictionary<string, int> askFrequency = new(StringComparer.Ordinal);
    private readonly int askCount;

    public AgendaTermStatistics(Agenda agenda, Analyzer analyzer)
    {
        askCount = agenda.Asks.Count;
        foreach (var ask in agenda.Asks)
        {
            var text = ask.Text + " " + string.Join(' ', ask.Hints.Terms);
            foreach (var term in DutchAnalysis.Terms(analyzer, text).Distinct(StringComparer.Ordinal))
            {
                askFrequency[term] = askFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>An inverse ask frequency in (0, ln(1 + asks)].</summary>
    public double Specificity(string term) => Math.Log(1 + ((double)askCount / Math.Max(1, askFrequency.GetValueOrDefault(term))));
}
