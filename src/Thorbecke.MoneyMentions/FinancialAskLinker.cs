using Lucene.Net.Analysis;
using Thorbecke.Core.Agendas;
using Thorbecke.Search.Analysis;
using Thorbecke.Search.Matching;
using Thorbecke.Text.Compounds;

namespace Thorbecke.MoneyMentions;

/// <summary>
/// Links a sentence to the agenda's financial asks it shares specific words with, after Dutch stemming and
/// compound splitting ("jeugdzorgkosten" shares "jeugdzorg"). Only the sentence's words about municipal money
/// count (gemeentefonds, bezuinigen, structureel, ...), not "komende jaren" or "Nederland", and a word weighs by
/// how few asks of the whole agenda use it, so "gemeenten" alone never links. The best-scoring asks are kept.
/// </summary>
internal sealed class FinancialAskLinker : IDisposable
{
    private readonly Analyzer analyzer;
    private readonly AgendaTermStatistics statistics;
    private readonly IReadOnlyList<(string Id, HashSet<string> Terms)> asks;
    private readonly double minSpecificity;
    private readonly double topSpecificity;

    public FinancialAskLinker(Agenda agenda, MoneyMentionOptions options)
    {
        var compounds = new CompoundSplitter(DutchAnalysis.FoldedWords(string.Join('\n', agenda.Asks.SelectMany(a => a.Hints.Terms.Append(a.Text)))));
        analyzer = DutchAnalysis.CreateAnalyzer(compounds);
        statistics = new AgendaTermStatistics(agenda, analyzer);
        minSpecificity = options.MinLinkSpecificity;
        // A word only one ask uses has the top specificity; scores are shares of it, so agendas of any size compare.
        topSpecificity = Math.Log(1 + agenda.Asks.Count);
        asks = agenda.Asks
            .Where(a => options.FinancialAskPrefixes.Any(p => a.Id.StartsWith(p, StringComparison.Ordinal)))
            .Select(a => (a.Id, DutchAnalysis.Terms(analyzer, a.Text + "\n" + string.Join('\n', a.Hints.Terms)).ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>A linked ask must score at least this share of the best-scoring one.</summary>
    private const double ShareOfBest = 0.75;

    /// <summary>
    /// Words used by many asks ("gemeenten", "zorg": about one ask in six of the VNG agenda) are the background
    /// of a municipal agenda, not what one ask is about; they add nothing to a link. A share of the top specificity.
    /// </summary>
    private const double MinTermSpecificity = 0.45;

    /// <param name="vocabularyWords">The sentence's words about municipal money, as written.</param>
    public IReadOnlyList<string> Link(IEnumerable<string> vocabularyWords)
    {
        var terms = DutchAnalysis.Terms(analyzer, string.Join(' ', vocabularyWords))
            .Where(t => !t.Any(char.IsDigit))
            .ToHashSet(StringComparer.Ordinal);
        var scored = asks
            .Select(ask => (ask.Id, Score: ask.Terms.Where(terms.Contains).Select(t => statistics.Specificity(t) / topSpecificity).Where(s => s >= MinTermSpecificity).Sum()))
            .Where(a => a.Score >= minSpecificity)
            .ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(a => a.Score);
        return scored.Where(a => a.Score >= ShareOfBest * best).Select(a => a.Id).ToList();
    }

    public void Dispose() => analyzer.Dispose();
}
