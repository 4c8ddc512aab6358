using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Thorbecke.Core.Agendas;
using Thorbecke.Search.Analysis;
using Thorbecke.Search.Thesaurus;
using Thorbecke.Text.Compounds;

namespace Thorbecke.Search.Matching;

/// <summary>
/// What the matcher derives from an agenda and a thesaurus alone: the analyzer with the compounds they name, the
/// agenda's term statistics and the parsed thesaurus. None depends on the document, so they are built once per agenda
/// and thesaurus and shared by every document (also by documents measured at the same time: Lucene's analyzers keep
/// their token streams per thread).
/// </summary>
internal sealed class AgendaAnalysis
{
    private static readonly ConditionalWeakTable<Agenda, ConcurrentDictionary<string, Lazy<AgendaAnalysis>>> Built = [];

    private AgendaAnalysis(Agenda agenda, string thesaurusText)
    {
        var compounds = new CompoundSplitter(DutchAnalysis.FoldedWords(string.Join('\n', agenda.Asks.SelectMany(a => a.Hints.Terms.Append(a.Text))
            .Concat(thesaurusText.Split('\n').Select(line => line.Split('#')[0])))));
        Analyzer = DutchAnalysis.CreateAnalyzer(compounds);
        Terms = new AgendaTermStatistics(agenda, Analyzer);
        Thesaurus = PolicyThesaurus.Parse(thesaurusText, Analyzer);
    }

    public Analyzer Analyzer { get; }

    public AgendaTermStatistics Terms { get; }

    public PolicyThesaurus Thesaurus { get; }

    public static AgendaAnalysis Of(Agenda agenda, string thesaurusText) =>
        Built.GetOrCreateValue(agenda).GetOrAdd(thesaurusText, text => new Lazy<AgendaAnalysis>(() => new AgendaAnalysis(agenda, text))).Value;
}
