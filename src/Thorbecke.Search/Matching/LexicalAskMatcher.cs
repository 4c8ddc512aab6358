using Lucene.Net.Analysis;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Analysis;
using Thorbecke.Search.Indexing;
using Thorbecke.Search.Thesaurus;

namespace Thorbecke.Search.Matching;

/// <summary>
/// The default engine: BM25 retrieval over a Lucene index of the document's passages, re-ranked by how much
/// of the ask a passage covers, with a rule-based verdict from coverage and stance cues.
/// Deterministic and offline.
/// </summary>
public sealed class LexicalAskMatcher : IAskMatcher
{
    private readonly MatcherOptions options;

    public LexicalAskMatcher(MatcherOptions? options = null) => this.options = options ?? new MatcherOptions();

    public string EngineVersion => "lexical-1";

    public IReadOnlyList<AskResult> Match(Agenda agenda, Document document)
    {
        using var analyzer = DutchAnalysis.CreateAnalyzer();
        using var index = new PassageIndex(document.Passages, analyzer);
        var passageTerms = document.Passages
            .Select(p => (IReadOnlySet<string>)DutchAnalysis.Terms(analyzer, Dehyphenation.Apply(p.Text)).ToHashSet(StringComparer.Ordinal))
            .ToArray();
        var judge = new RuleBasedJudge(options);
        var agendaTerms = new AgendaTermStatistics(agenda, analyzer);
        var thesaurus = PolicyThesaurus.Parse(options.ThesaurusText ?? PolicyThesaurus.BuiltInText, analyzer);

        return agenda.Asks
            .Select(ask => MatchAsk(AskQuery.Build(ask, analyzer, index, agendaTerms, thesaurus), document, index, analyzer, passageTerms, judge))
            .ToList();
    }

    private AskResult MatchAsk(AskQuery query, Document document, PassageIndex index, Analyzer analyzer, IReadOnlySet<string>[] passageTerms, RuleBasedJudge judge)
    {
        var hits = index.Search(query.WeightedTerms(), options.HeadingBoost, options.Candidates);
        var maxBm25 = hits.Count == 0 ? 1 : Math.Max(1e-9, hits[0].Score);
        var candidates = new List<Candidate>();
        foreach (var (passageIndex, bm25) in hits)
        {
            var terms = passageTerms[passageIndex];
            if (!query.MeetsRequired(terms))
            {
                continue;
            }

            var passage = document.Passages[passageIndex];
            var coverage = query.Coverage(terms);
            var (quote, quoteCoverage) = BestSentence(passage.Text, query, analyzer);
            var rank = (options.Bm25RankWeight * bm25 / maxBm25) + ((1 - options.Bm25RankWeight) * coverage);
            candidates.Add(new Candidate(passage, terms, bm25, coverage, rank, quote, quoteCoverage));
        }

        candidates = WithPageContext(candidates);
        candidates.Sort((a, b) => b.RankScore.CompareTo(a.RankScore) is var c && c != 0 ? c : a.Passage.Index.CompareTo(b.Passage.Index));
        var features = Measure(query, candidates, passageTerms.Length);
        LastFeatures?.Invoke(query.Ask.Id, document.Info.Id, features);
        var verdict = judge.Judge(features, candidates.Count == 0 ? 0 : candidates[0].Passage.Page);
        var evidence = verdict.Verdict == Verdict.None && verdict.Confidence > 0.8
            ? []
            : DistinctPages(candidates).Take(AskResult.MaxEvidence)
                .Select(c => new Evidence(c.Passage.Page, c.Quote, Math.Round(c.RankScore * 10, 3)))
                .ToList();
        return new AskResult(query.Ask.Id, document.Info.Id, verdict.Verdict, verdict.Confidence, evidence, verdict.Rationale);
    }

    /// <summary>
    /// Adds a share of the scores of other candidates on the same and adjacent pages: a passage inside the
    /// section where a document treats the topic is better evidence than a stray mention elsewhere.
    /// </summary>
    private List<Candidate> WithPageContext(List<Candidate> candidates)
    {
        if (options.PageContextWeight <= 0)
        {
            return candidates;
        }

        var byPage = candidates.GroupBy(c => c.Passage.Page).ToDictionary(g => g.Key, g => g.Sum(c => c.RankScore));
        double Around(int page) => byPage.GetValueOrDefault(page - 1) + byPage.GetValueOrDefault(page) + byPage.GetValueOrDefault(page + 1);
        return candidates
            .Select(c => c with { RankScore = c.RankScore + (options.PageContextWeight * (Around(c.Passage.Page) - c.RankScore)) })
            .ToList();
    }

    /// <summary>
    /// Best candidates first, but one per page before any second quote from a page already shown, so the
    /// evidence points a reviewer to the different places where the document speaks to the ask.
    /// </summary>
    private static IEnumerable<Candidate> DistinctPages(List<Candidate> ranked)
    {
        var pages = new HashSet<int>();
        var firstPerPage = ranked.Where(c => pages.Add(c.Passage.Page)).ToList();
        return firstPerPage.Concat(ranked.Except(firstPerPage));
    }

    /// <summary>Receives the features of every judged ask; for evaluation and training tools.</summary>
    public Action<string, string, AskFeatures>? LastFeatures { get; set; }

    private static AskFeatures Measure(AskQuery query, List<Candidate> candidates, int passages)
    {
        if (candidates.Count == 0)
        {
            return new AskFeatures(0, 0, 0, 0, 0, 0, 0, false, false, StanceCues.AsksToAbolish(query.Ask.Text), passages);
        }

        var top = candidates.Take(3).ToList();
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in top)
        {
            union.UnionWith(c.Terms);
        }

        var specific = query.Groups.OrderByDescending(g => g.Specificity).Take(2).ToList();
        var best = candidates.MaxBy(c => c.Coverage)!;
        return new AskFeatures(
            best.Coverage,
            query.Coverage(union),
            candidates.Max(c => c.Bm25),
            candidates.Max(c => c.Bm25) / Math.Max(1e-9, query.TotalWeight),
            candidates.Count(c => c.Coverage >= 0.25),
            query.Groups.Count(g => g.Specificity > 2.5 && g.IsIn(best.Terms)),
            candidates.Take(5).Max(c => specific.Count(g => g.IsIn(c.Terms))),
            top.Any(c => StanceCues.HasOwnVoice(c.Quote)),
            top.Take(2).Any(c => c.QuoteCoverage >= 0.3 && StanceCues.HasRejection(c.Quote)),
            StanceCues.AsksToAbolish(query.Ask.Text),
            passages);
    }

    /// <summary>The sentence of a passage that covers most of the ask, extended with its neighbour when it is very short.</summary>
    private (string Quote, double Coverage) BestSentence(string text, AskQuery query, Analyzer analyzer)
    {
        var sentences = Sentences.Split(text);
        if (sentences.Count == 0)
        {
            return (Clean(text), 0);
        }

        var best = 0;
        var bestCoverage = -1.0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (start, length) = sentences[i];
            var terms = DutchAnalysis.Terms(analyzer, Dehyphenation.Apply(text.Substring(start, length))).ToHashSet(StringComparer.Ordinal);
            var coverage = query.Coverage(terms);
            if (coverage > bestCoverage)
            {
                (best, bestCoverage) = (i, coverage);
            }
        }

        var (s, l) = sentences[best];
        if (l < 60 && best + 1 < sentences.Count)
        {
            l = sentences[best + 1].Start + sentences[best + 1].Length - s;
        }

        return (Clean(text.Substring(s, l)), bestCoverage);
    }

    private string Clean(string quote)
    {
        var collapsed = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= options.MaxQuoteLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', options.MaxQuoteLength);
        return collapsed[..(cut > 0 ? cut : options.MaxQuoteLength)];
    }
}
