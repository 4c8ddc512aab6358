namespace Thorbecke.MoneyMentions;

/// <summary>
/// A list of Dutch terms matched against the folded words of a sentence. A term is one or more words; a
/// <c>*</c> at the end of a word allows any ending (<c>gemeente*</c>: gemeenten, gemeentefonds), a <c>*</c> at the
/// start any beginning (<c>*gemeente*</c>: krimpgemeenten). Written this way so the lists read like the words.
/// </summary>
internal sealed class TermList
{
    private readonly IReadOnlyList<string[]> terms;

    public TermList(IEnumerable<string> terms) =>
        this.terms = terms.Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(t => t.Length > 0).ToList();

    /// <summary>Every place a term occurs: the first and last word index.</summary>
    public IEnumerable<(int First, int Last)> Occurrences(SentenceWords sentence)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var term in terms)
            {
                if (i + term.Length <= words.Count && Matches(term, words, i))
                {
                    yield return (i, i + term.Length - 1);
                    break;
                }
            }
        }
    }

    public bool AnyIn(SentenceWords sentence) => Occurrences(sentence).Any();

    private static bool Matches(string[] term, IReadOnlyList<SentenceWord> words, int start)
    {
        for (var k = 0; k < term.Length; k++)
        {
            if (!WordMatches(term[k], words[start + k].Folded))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordMatches(string pattern, string word)
    {
        var anyStart = pattern.StartsWith('*');
        var anyEnd = pattern.EndsWith('*');
        var core = pattern.Trim('*');
        return (anyStart, anyEnd) switch
        {
            (true, true) => word.Contains(core, StringComparison.Ordinal),
            (true, false) => word.EndsWith(core, StringComparison.Ordinal),
            (false, true) => word.StartsWith(core, StringComparison.Ordinal),
            _ => string.Equals(word, core, StringComparison.Ordinal),
        };
    }
}
