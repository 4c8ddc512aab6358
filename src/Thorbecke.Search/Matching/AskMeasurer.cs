using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Search.Analysis;
using Thorbecke.Search.Indexing;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Stance;
using Thorbecke.Search.Thesaurus;

namespace Thorbecke.Search.Matching;

/// <summary>
/// Measures every ask of an agenda in one document: BM25 retrieval over a Lucene index of its passages, re-ranked by
/// how much of the ask a passage covers, plus the passages that resemble reviewed evidence for the ask. A document
/// never learns from its own reviews: its examples are left out, so a verdict always rests on what others reviewed.
/// </summary>
internal sealed class AskMeasurer(MatcherOptions options, ExampleSet examples)
{
    /// <summary>Passages added per ask for their likeness to reviewed evidence, beyond those the index found.</summary>
    private const int ExampleCandidates = 10;

    /// <summary>From this likeness to reviewed evidence, a passage is a candidate even without the ask's words.</summary>
    private const double StrongLikeness = 0.35;

    private const double ClaimCoverageForStance = 0.34;

    private readonly QuoteSelector quotes = new(options.MaxQuoteLength);

    public IReadOnlyList<AskMeasurement> Measure(Agenda agenda, Document document) => Measure(agenda, document, _ => true);

    /// <summary>
    /// Measures only the asks <paramref name="include"/> accepts, exactly as a measurement of every ask would: the
    /// document is analysed once and the whole agenda still sets the term statistics, but only the examples of the
    /// included asks and of their themes are looked for, which is what makes re-judging one ask after a review quick.
    /// </summary>
    public IReadOnlyList<AskMeasurement> Measure(Agenda agenda, Document document, Func<Ask, bool> include)
    {
        var shared = AgendaAnalysis.Of(agenda, options.ThesaurusText ?? PolicyThesaurus.BuiltInText);
        var analyzer = shared.Analyzer;
        using var index = new PassageIndex(document.Passages, analyzer);
        var passages = document.Passages.Select(p => new AnalyzedPassage(p, analyzer)).ToArray();

        var cellsByAsk = agenda.Asks.ToDictionary(
            a => a.Id,
            a => (IReadOnlySet<LabelledCell>)examples.For(a).Where(c => c.Source != document.Info.Id).ToHashSet(),
            StringComparer.Ordinal);
        // Stance reading analyses the words of every candidate sentence; a document repeats its words, so remember them.
        var wordForms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> Forms(string word) => wordForms.TryGetValue(word, out var forms) ? forms : wordForms[word] = DutchAnalysis.Terms(analyzer, word);
        var included = agenda.Asks.Where(include).ToList();
        // Each example's likeness to this document's sentences is measured on its own, so leaving out the examples
        // no included ask looks at changes nothing for the others.
        var themes = included.Select(a => a.Theme).ToHashSet(StringComparer.Ordinal);
        var likeness = DocumentExamples.Find(document.Passages, [.. agenda.Asks.Where(a => themes.Contains(a.Theme)).SelectMany(a => cellsByAsk[a.Id])]);

        return included.Select(ask =>
        {
            var theme = agenda.Asks.Where(a => a.Theme == ask.Theme && a.Id != ask.Id).SelectMany(a => cellsByAsk[a.Id]).ToHashSet();
            var askExamples = cellsByAsk[ask.Id].Count == 0 ? AskExamples.None : likeness.ForAsk(cellsByAsk[ask.Id], theme);
            var query = AskQuery.Build(ask, analyzer, index, shared.Terms, shared.Thesaurus);
            return MeasureAsk(query, document, index, passages, Forms, askExamples);
        }).ToList();
    }

    private AskMeasurement MeasureAsk(AskQuery query, Document document, PassageIndex index, AnalyzedPassage[] passages, Func<string, IReadOnlyList<string>> forms, AskExamples askExamples)
    {
        var hits = index.Search(query.WeightedTerms(), options.HeadingBoost, options.Candidates);
        var maxBm25 = hits.Count == 0 ? 1 : Math.Max(1e-9, hits[0].Score);
        var candidates = new List<Candidate>();
        foreach (var (passageIndex, bm25) in hits)
        {
            var analyzed = passages[passageIndex];
            if (!query.MeetsRequired(analyzed.Terms) || !query.CoversTopic(analyzed.Terms))
            {
                continue;
            }

            var headingCoverage = query.Coverage(analyzed.HeadingTerms);
            var coverage = query.Coverage(analyzed.Terms);
            var rank = (options.Bm25RankWeight * bm25 / maxBm25) + ((1 - options.Bm25RankWeight) * coverage) + (options.HeadingRankWeight * headingCoverage);
            candidates.Add(Candidate(analyzed, query, quotes.Select(analyzed, query), bm25, coverage, rank, headingCoverage, true, askExamples, forms));
        }

        candidates = WithPageContext(candidates);
        candidates.Sort((a, b) => b.RankScore.CompareTo(a.RankScore) is var c && c != 0 ? c : a.Passage.Index.CompareTo(b.Passage.Index));
        var features = Features(query, candidates, passages);
        return new AskMeasurement(query.Ask, document.Info, features, [.. candidates, .. ResemblingPassages(query, candidates, passages, askExamples, forms)], askExamples);
    }

    /// <summary>The passages most like the ask's reviewed evidence that the index did not find, each quoted by its most similar sentence.</summary>
    private IEnumerable<Candidate> ResemblingPassages(AskQuery query, List<Candidate> found, AnalyzedPassage[] passages, AskExamples askExamples, Func<string, IReadOnlyList<string>> forms)
    {
        var known = found.Select(c => c.Passage.Index).ToHashSet();
        return askExamples.Passages
            .Where(p => !known.Contains(p.Key))
            .Select(p => (Passage: p.Key, Best: p.Value.MaxBy(l => l.Sentence.Similarity)!))
            // A passage that shares no topic word with the ask must resemble reviewed evidence closely, or a reviewer
            // would be shown "sportverenigingen krijgen steun" as evidence for the opschalingskorting.
            .Where(p => p.Best.Sentence.Similarity >= StrongLikeness || query.CoversTopic(passages[p.Passage].Terms))
            .OrderByDescending(p => p.Best.Sentence.Similarity)
            .ThenBy(p => p.Passage)
            .Take(ExampleCandidates)
            .Select(p =>
            {
                var analyzed = passages[p.Passage];
                var choice = quotes.SelectAt(analyzed, query, p.Best.Sentence.Start);
                return Candidate(analyzed, query, choice, 0, query.Coverage(analyzed.Terms), 0, query.Coverage(analyzed.HeadingTerms), false, askExamples, forms);
            });
    }

    private static Candidate Candidate(AnalyzedPassage analyzed, AskQuery query, QuoteChoice choice, double bm25, double coverage, double rank, double headingCoverage, bool inIndex, AskExamples askExamples, Func<string, IReadOnlyList<string>> forms) =>
        new(analyzed.Passage, analyzed.Terms, bm25, coverage, rank, choice, headingCoverage, query.NamesSubject(choice.SentenceTerms), inIndex,
            askExamples.Passages.GetValueOrDefault(analyzed.Passage.Index) ?? [], StanceOf(query, choice, forms));

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
    /// The stance of a quoted sentence, read against the claim of the ask it speaks to. A sentence counts only when it
    /// names at least a third of that claim's topic, so a stance about something else does not.
    /// </summary>
    private static Position StanceOf(AskQuery query, QuoteChoice choice, Func<string, IReadOnlyList<string>> forms)
    {
        var (claim, coverage) = query.Claims
            .Select(c => (Claim: c, Coverage: c.TopicCoverage(choice.SentenceTerms)))
            .MaxBy(x => x.Coverage);
        return coverage >= ClaimCoverageForStance
            ? StanceReader.Read(choice.Sentence, claim.Direction, word => claim.Names(forms, word))
            : Position.Neutral;
    }

    /// <summary>The position of the document towards the ask, read from its top sentences.</summary>
    /// <remarks>An explicit rejection of the ask's topic outweighs a general commitment elsewhere in the top passages.</remarks>
    internal static Position PositionOf(IEnumerable<Candidate> top)
    {
        var positions = top.Select(c => c.Stance).ToList();
        return positions.Contains(Position.Against) ? Position.Against
            : positions.Contains(Position.For) ? Position.For
            : Position.Neutral;
    }

    private static AskFeatures Features(AskQuery query, List<Candidate> candidates, AnalyzedPassage[] passages)
    {
        var subject = new AskFeatures(0, 0, 0, 0, 0, 0, 0, false, Position.Neutral, passages.Length)
        {
            SubjectInDocument = passages.Any(p => query.NamesSubject(p.Terms)),
            Subject = string.Join(", ", query.Subject.OrderByDescending(g => g.Specificity).Take(3).Select(g => g.Word)),
        };
        if (candidates.Count == 0)
        {
            return subject;
        }

        var top = candidates.Take(3).ToList();
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in top)
        {
            union.UnionWith(c.Terms);
        }

        var specific = query.Groups.OrderByDescending(g => g.Specificity).Take(2).ToList();
        var best = candidates.MaxBy(c => c.Coverage)!;
        return subject with
        {
            BestCoverage = best.Coverage,
            UnionCoverage = query.Coverage(union),
            TopBm25 = candidates.Max(c => c.Bm25),
            NormalizedBm25 = candidates.Max(c => c.Bm25) / Math.Max(1e-9, query.TotalWeight),
            StrongPassages = candidates.Count(c => c.Coverage >= 0.25),
            SpecificTermsMatched = query.Groups.Count(g => g.Specificity > 2.5 && g.IsIn(best.Terms)),
            TopSpecificMatched = candidates.Take(5).Max(c => specific.Count(g => g.IsIn(c.Terms))),
            OwnVoice = top.Any(c => StanceReader.HasOwnVoice(c.Sentence)),
            Position = PositionOf(top),
        };
    }
}
