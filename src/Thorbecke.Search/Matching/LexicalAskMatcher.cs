using Lucene.Net.Analysis;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Analysis;
using Thorbecke.Search.Indexing;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Stance;
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

    private readonly QuoteSelector quotes;
    private readonly IVerdictJudge judge;

    /// <param name="options">Matching settings; the defaults are the measured ones.</param>
    /// <param name="judge">Turns features into verdicts; by default the rules, with the shipped calibration of their confidence.</param>
    public LexicalAskMatcher(MatcherOptions? options = null, IVerdictJudge? judge = null)
    {
        this.options = options ?? new MatcherOptions();
        quotes = new QuoteSelector(this.options.MaxQuoteLength);
        this.judge = judge ?? DefaultJudge(this.options);
    }

    public static IVerdictJudge DefaultJudge(MatcherOptions options)
    {
        var rules = new RuleBasedJudge(options);
        return CalibratedJudge.BuiltInCalibration is { } calibration ? new CalibratedJudge(rules, calibration) : rules;
    }

    /// <summary>The engine, its judge and, when the user extended it, the thesaurus: stored results are reused only for the same three.</summary>
    public string EngineVersion => "lexical-5/" + judge.Version + (options.ThesaurusText is { } text
        ? "/thesaurus-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8]
        : "");

    public IReadOnlyList<AskResult> Match(Agenda agenda, Document document)
    {
        var thesaurusText = options.ThesaurusText ?? PolicyThesaurus.BuiltInText;
        var compounds = new CompoundSplitter(DutchAnalysis.FoldedWords(string.Join('\n', agenda.Asks.SelectMany(a => a.Hints.Terms.Append(a.Text))
            .Concat(thesaurusText.Split('\n').Select(line => line.Split('#')[0])))));
        using var analyzer = DutchAnalysis.CreateAnalyzer(compounds);
        using var index = new PassageIndex(document.Passages, analyzer);
        var passages = document.Passages.Select(p => new AnalyzedPassage(p, analyzer)).ToArray();
        var agendaTerms = new AgendaTermStatistics(agenda, analyzer);
        var thesaurus = PolicyThesaurus.Parse(thesaurusText, analyzer);

        return agenda.Asks
            .Select(ask => MatchAsk(AskQuery.Build(ask, analyzer, index, agendaTerms, thesaurus), document, index, passages, analyzer))
            .ToList();
    }

    private AskResult MatchAsk(AskQuery query, Document document, PassageIndex index, AnalyzedPassage[] passages, Analyzer analyzer)
    {
        var hits = index.Search(query.WeightedTerms(), options.HeadingBoost, options.Candidates);
        var maxBm25 = hits.Count == 0 ? 1 : Math.Max(1e-9, hits[0].Score);
        var candidates = new List<Candidate>();
        foreach (var (passageIndex, bm25) in hits)
        {
            var analyzed = passages[passageIndex];
            var terms = analyzed.Terms;
            if (!query.MeetsRequired(terms) || !query.CoversTopic(terms))
            {
                continue;
            }

            var passage = analyzed.Passage;
            var coverage = query.Coverage(terms);
            var headingCoverage = query.Coverage(analyzed.HeadingTerms);
            var choice = quotes.Select(analyzed, query);
            var rank = (options.Bm25RankWeight * bm25 / maxBm25) + ((1 - options.Bm25RankWeight) * coverage) + (options.HeadingRankWeight * headingCoverage);
            candidates.Add(new Candidate(passage, terms, bm25, coverage, rank, choice));
        }

        candidates = WithPageContext(candidates);
        candidates.Sort((a, b) => b.RankScore.CompareTo(a.RankScore) is var c && c != 0 ? c : a.Passage.Index.CompareTo(b.Passage.Index));
        // A 'none' keeps its nearest passages too, so a reviewer sees what was considered.
        var shown = WithSubjectQuoted(Diversified(candidates).ToList(), query);
        var features = Measure(query, candidates, passages.Length, analyzer) with
        {
            SubjectQuoted = shown.Any(e => query.NamesSubject(e.Candidate.Choice.SentenceTerms)),
            SubjectInDocument = passages.Any(p => query.NamesSubject(p.Terms)),
            Subject = string.Join(", ", query.Subject.OrderByDescending(g => g.Specificity).Take(3).Select(g => g.Word)),
        };
        var bestPage = candidates.Count == 0 ? 0 : candidates[0].Passage.Page;
        LastFeatures?.Invoke(query.Ask.Id, document.Info.Id, features, bestPage);
        var verdict = judge.Judge(features, document.Info.Cite(bestPage));
        var evidence = shown
                .Select(e => new Evidence(e.Candidate.Passage.Page, e.Candidate.Quote, Math.Round(e.Score * 10, 3)))
                .ToList();
        return new AskResult(query.Ask.Id, document.Info.Id, verdict.Verdict, verdict.Confidence, evidence, verdict.Rationale);
    }

    /// <summary>
    /// The evidence to show; when none of it names the ask's subject but a further candidate does, that one takes
    /// the last place, so a verdict rests on a sentence about the ask itself rather than on related words.
    /// </summary>
    private static List<(Candidate Candidate, double Score)> WithSubjectQuoted(List<(Candidate Candidate, double Score)> ranked, AskQuery query)
    {
        var shown = ranked.Take(AskResult.MaxEvidence).ToList();
        if (shown.Count == 0 || shown.Any(e => query.NamesSubject(e.Candidate.Choice.SentenceTerms)))
        {
            return shown;
        }

        var naming = ranked.Skip(shown.Count).Where(e => query.NamesSubject(e.Candidate.Choice.SentenceTerms)).Take(1).ToList();
        return naming.Count == 0 ? shown : [.. shown.Take(AskResult.MaxEvidence - 1), .. naming];
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
    /// Evidence best first, where each further quote from a page already shown counts half as much, so the
    /// first quotes point a reviewer to the different places where the document speaks to the ask.
    /// </summary>
    private static IEnumerable<(Candidate Candidate, double Score)> Diversified(List<Candidate> ranked)
    {
        var shown = new Dictionary<int, int>();
        var scored = new List<(Candidate, double)>(ranked.Count);
        foreach (var candidate in ranked)
        {
            var earlier = shown.GetValueOrDefault(candidate.Passage.Page);
            shown[candidate.Passage.Page] = earlier + 1;
            scored.Add((candidate, candidate.RankScore * Math.Pow(0.5, earlier)));
        }

        return scored.OrderByDescending(s => s.Item2);
    }

    /// <summary>Receives the features of every judged ask; for evaluation and training tools.</summary>
    public Action<string, string, AskFeatures, int>? LastFeatures { get; set; }

    /// <summary>
    /// The position of the document towards the ask, read from the top sentences, each against the claim of the
    /// ask it speaks to. A sentence counts only when it names at least a third of that claim's topic, so a
    /// stance about something else does not.
    /// </summary>
    private static Position StanceOf(AskQuery query, IReadOnlyList<Candidate> top, Analyzer analyzer)
    {
        var positions = new List<Position>();
        foreach (var candidate in top)
        {
            var (claim, coverage) = query.Claims
                .Select(c => (Claim: c, Coverage: c.TopicCoverage(candidate.Choice.SentenceTerms)))
                .MaxBy(x => x.Coverage);
            if (coverage >= ClaimCoverageForStance)
            {
                positions.Add(StanceReader.Read(candidate.Sentence, claim.Direction, word => claim.Names(analyzer, word)));
            }
        }

        // An explicit rejection of the ask's topic outweighs a general commitment elsewhere in the top passages.
        return positions.Contains(Position.Against) ? Position.Against
            : positions.Contains(Position.For) ? Position.For
            : Position.Neutral;
    }

    private const double ClaimCoverageForStance = 0.34;

    private static AskFeatures Measure(AskQuery query, List<Candidate> candidates, int passages, Analyzer analyzer)
    {
        if (candidates.Count == 0)
        {
            return new AskFeatures(0, 0, 0, 0, 0, 0, 0, false, Position.Neutral, passages);
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
            top.Any(c => StanceReader.HasOwnVoice(c.Sentence)),
            StanceOf(query, top, analyzer),
            passages);
    }
}
