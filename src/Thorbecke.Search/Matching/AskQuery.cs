using Lucene.Net.Analysis;
using Thorbecke.Core.Agendas;
using Thorbecke.Search.Analysis;
using Thorbecke.Search.Indexing;
using Thorbecke.Search.Stance;
using Thorbecke.Search.Thesaurus;

namespace Thorbecke.Search.Matching;

/// <summary>
/// An ask turned into weighted concepts for one document. A concept weighs more when it is rare in the
/// document (inverse document frequency), so "opschalingskorting" counts more than "gemeente".
/// </summary>
public sealed class AskQuery
{
    private AskQuery(Ask ask, IReadOnlyList<TermGroup> groups, IReadOnlyList<AskClaim> claims, IReadOnlyList<string> required)
    {
        Ask = ask;
        Groups = groups;
        Claims = claims;
        Required = required;
        TotalWeight = groups.Sum(g => g.Weight);
        Subject = SubjectOf(groups);
    }

    public Ask Ask { get; }

    public IReadOnlyList<TermGroup> Groups { get; }

    /// <summary>The parts of a compound ask, each with its own direction; a simple ask is one claim.</summary>
    public IReadOnlyList<AskClaim> Claims { get; }

    /// <summary>Analysed forms of the agenda author's required terms; a passage needs one of them to count.</summary>
    public IReadOnlyList<string> Required { get; }

    public double TotalWeight { get; }

    /// <summary>
    /// The ask's most specific topic concepts: those that the fewest asks of the agenda share ("opschalingskorting",
    /// "NAVO-norm"). A sentence speaks to the ask only when it names one of them or a true synonym; empty when every
    /// topic word of the ask is common across the agenda.
    /// </summary>
    public IReadOnlyList<TermGroup> Subject { get; }

    /// <summary>Whether a set of terms names the ask's subject; true when the ask has none to name.</summary>
    public bool NamesSubject(IReadOnlySet<string> terms) => Subject.Count == 0 || Subject.Any(g => g.IsNamedIn(terms));

    public static AskQuery Build(Ask ask, Analyzer analyzer, PassageIndex index, AgendaTermStatistics agendaTerms, PolicyThesaurus thesaurus)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var imperatives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, sentenceStart) in Words(ask.Text).Concat(ask.Hints.Terms.Select(t => (t, false))))
        {
            var forms = DutchAnalysis.Terms(analyzer, word);
            if (forms.Count == 0)
            {
                continue;
            }

            var key = forms[0];
            if (!groups.TryGetValue(key, out var alternatives))
            {
                groups[key] = alternatives = [key, .. thesaurus.AlternativesFor(key)];
                words[key] = word;
            }

            if (sentenceStart)
            {
                // The imperative that opens an ask ("Schaf ... af", "Maak ...") says what to do, not what about.
                imperatives.Add(key);
                foreach (var variant in VerbVariants(word))
                {
                    alternatives.AddRange(DutchAnalysis.Terms(analyzer, variant).Where(t => !alternatives.Contains(t)));
                }
            }
        }

        var n = Math.Max(1, index.PassageCount);
        var weighted = groups.Values
            .Select(terms => new TermGroup(
                terms,
                (imperatives.Contains(terms[0]) ? ImperativeWeight : 1) * Weight(agendaTerms.Specificity(terms[0]), Idf(terms.Max(index.DocumentFrequency), n)),
                agendaTerms.Specificity(terms[0]),
                imperatives.Contains(terms[0]))
            {
                NearTerms = thesaurus.NearAlternativesFor(terms[0]).Where(t => !terms.Contains(t)).ToList(),
                Word = words[terms[0]],
            })
            .ToList();
        var required = ask.Hints.Required.SelectMany(t => DutchAnalysis.Terms(analyzer, t)).Distinct(StringComparer.Ordinal).ToList();
        var byKey = weighted.ToDictionary(g => g.Terms[0], StringComparer.Ordinal);
        var claims = ClaimSplitter.Split(ask.Text)
            .Select(text => new AskClaim(
                text,
                StanceReader.DirectionOf(text),
                Words(text).Select(w => DutchAnalysis.Terms(analyzer, w.Word).FirstOrDefault())
                    .Where(key => key is not null && byKey.ContainsKey(key))
                    .Distinct(StringComparer.Ordinal)
                    .Select(key => byKey[key!])
                    .ToList()))
            .ToList();
        return new AskQuery(ask, weighted, claims, required);
    }

    /// <summary>Share of the ask's weight that a set of passage terms covers, in [0, 1].</summary>
    public double Coverage(IReadOnlySet<string> passageTerms)
    {
        if (TotalWeight <= 0)
        {
            return 0;
        }

        // A plain loop: coverage is computed for every candidate passage and sentence of every ask.
        var covered = 0.0;
        for (var i = 0; i < Groups.Count; i++)
        {
            covered += Groups[i].Weight * Groups[i].Strength(passageTerms);
        }

        return covered / TotalWeight;
    }

    /// <summary>Whether a passage names at least one topic of the ask, not only its action verb.</summary>
    public bool CoversTopic(IReadOnlySet<string> passageTerms) => Groups.Any(g => !g.IsAction && g.IsIn(passageTerms));

    public bool MeetsRequired(IReadOnlySet<string> passageTerms) =>
        Required.Count == 0 || Required.Any(passageTerms.Contains);

    /// <summary>All analysed forms with their weights, for the Lucene query.</summary>
    public IReadOnlyDictionary<string, double> WeightedTerms()
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var term in group.Terms)
            {
                terms[term] = Math.Max(group.Weight, terms.GetValueOrDefault(term));
            }

            foreach (var term in group.NearTerms)
            {
                terms[term] = Math.Max(group.Weight * TermGroup.NearCredit, terms.GetValueOrDefault(term));
            }
        }

        return terms;
    }

    /// <summary>
    /// The topic concepts whose agenda specificity is within <see cref="SubjectSpread"/> of the most specific one,
    /// provided that one belongs to at most a fifth of the asks; several count, so naming any of them suffices.
    /// </summary>
    private static List<TermGroup> SubjectOf(IReadOnlyList<TermGroup> groups)
    {
        var topics = groups.Where(g => !g.IsAction && g.Word.Count(char.IsLetter) >= MinSubjectLetters).ToList();
        if (topics.Count == 0)
        {
            return [];
        }

        var most = topics.Max(g => g.Specificity);
        return most < SubjectMinSpecificity ? [] : topics.Where(g => g.Specificity >= most - SubjectSpread).ToList();
    }

    /// <summary>ln(1 + 5): a term that at most a fifth of the asks share.</summary>
    private static readonly double SubjectMinSpecificity = Math.Log(6);

    /// <summary>ln 2: a concept shared by up to twice as many asks as the rarest one still belongs to the subject.</summary>
    private static readonly double SubjectSpread = Math.Log(2);

    /// <summary>Shorter words ("EU", "AI") and numbers (years, percentages) are named in too many ways to demand them.</summary>
    private const int MinSubjectLetters = 3;

    private static double Weight(double specificity, double idf) =>
        specificity * Math.Sqrt(idf);

    private static double Idf(int documentFrequency, int passages) =>
        Math.Log(1 + ((passages - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private const double ImperativeWeight = 0.3;

    /// <summary>The words of an ask, each marked when it opens a sentence (where Dutch puts the imperative).</summary>
    private static IEnumerable<(string Word, bool SentenceStart)> Words(string text)
    {
        var sentenceStart = true;
        foreach (var raw in text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(',', ';', ':', '.', '(', ')', '“', '”', '"', '–', '/', '\'', '‘', '’', '!', '?');
            if (word.Length > 0)
            {
                yield return (word, sentenceStart);
            }

            sentenceStart = raw.EndsWith('.') || raw.EndsWith(':') || raw.EndsWith(';') || raw.EndsWith('?') || raw.EndsWith('!') || word.Length == 0;
        }
    }

    /// <summary>
    /// Asks are written in the imperative ("Investeer", "Maak", "Stel") while programmes write infinitives
    /// ("investeren", "maken", "stellen"); the stemmer does not join them, so add the infinitive forms.
    /// </summary>
    private static IEnumerable<string> VerbVariants(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 3 || !char.IsLetter(w[^1]) || w.EndsWith("en", StringComparison.Ordinal))
        {
            yield break;
        }

        yield return w + "en";
        if (w.Length >= 4 && w[^2] == w[^3] && IsVowel(w[^2]) && !IsVowel(w[^1]))
        {
            yield return string.Concat(w.AsSpan(0, w.Length - 2), w.AsSpan(w.Length - 1), "en");
        }
        else if (!IsVowel(w[^1]) && IsVowel(w[^2]) && !IsVowel(w[^3]))
        {
            yield return w + w[^1] + "en";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
