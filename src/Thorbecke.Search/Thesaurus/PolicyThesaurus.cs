using Lucene.Net.Analysis;
using Thorbecke.Search.Analysis;

namespace Thorbecke.Search.Thesaurus;

/// <summary>
/// Sets of words that mean the same in Dutch policy texts (jeugdzorg / jeugdhulp, gemeenten / medeoverheden).
/// The list is an editable data file; it is applied to asks when queries are built, not to the index.
/// </summary>
public sealed class PolicyThesaurus
{
    private readonly Dictionary<string, List<string>> alternatives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> near = new(StringComparer.Ordinal);

    private PolicyThesaurus()
    {
    }

    /// <summary>The thesaurus that ships with Thorbecke.</summary>
    public static string BuiltInText { get; } = ReadBuiltIn();

    /// <summary>
    /// Builds a thesaurus from its text format: one set per line, '#' starts a comment. "a, b, c" are synonyms of
    /// each other; "a ~ b, c" makes b and c near-synonyms of a, which count for half when a is asked for.
    /// </summary>
    public static PolicyThesaurus Parse(string text, Analyzer analyzer)
    {
        var thesaurus = new PolicyThesaurus();
        foreach (var line in text.Split('\n'))
        {
            var content = line.Split('#')[0];
            if (content.Split('~') is [var heads, var nearWords])
            {
                foreach (var head in Analysed(heads, analyzer))
                {
                    if (!thesaurus.near.TryGetValue(head, out var nearList))
                    {
                        thesaurus.near[head] = nearList = [];
                    }

                    nearList.AddRange(Analysed(nearWords, analyzer).Where(t => t != head && !nearList.Contains(t)));
                }

                continue;
            }

            var terms = Analysed(content, analyzer);
            foreach (var term in terms)
            {
                if (!thesaurus.alternatives.TryGetValue(term, out var list))
                {
                    thesaurus.alternatives[term] = list = [];
                }

                list.AddRange(terms.Where(t => t != term && !list.Contains(t)));
            }
        }

        return thesaurus;
    }

    /// <summary>The analysed terms that may stand in for <paramref name="term"/>.</summary>
    public IReadOnlyList<string> AlternativesFor(string term) =>
        alternatives.TryGetValue(term, out var list) ? list : [];

    /// <summary>The analysed terms close to <paramref name="term"/> in meaning, worth half of it.</summary>
    public IReadOnlyList<string> NearAlternativesFor(string term) =>
        near.TryGetValue(term, out var list) ? list : [];

    private static List<string> Analysed(string words, Analyzer analyzer) =>
        words.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => DutchAnalysis.Terms(analyzer, word))
            .Where(forms => forms.Count > 0)
            .Select(forms => forms[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string ReadBuiltIn()
    {
        using var stream = typeof(PolicyThesaurus).Assembly.GetManifestResourceStream("Thorbecke.Search.Thesaurus.policy-thesaurus.txt")
            ?? throw new InvalidOperationException("The built-in policy thesaurus is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
