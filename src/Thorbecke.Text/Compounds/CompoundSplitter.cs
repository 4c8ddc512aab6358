namespace Thorbecke.Text.Compounds;

/// <summary>
/// Finds the known words at the start and end of a Dutch compound: "jeugdhulpplicht" holds "jeugdhulp",
/// "opschalingskorting" holds "opschaling" and "korting", "asielprocedures" holds "procedures". Only heads and
/// tails count (not any substring), which keeps "bezorgd" from meaning "zorg". The known words are the
/// agenda's and the thesaurus's, so the parts that matter for the asks are found. Results are cached per word.
/// </summary>
public sealed class CompoundSplitter
{
    /// <summary>The shortest part that counts; shorter ones ("wet", "geld") are too often accidental.</summary>
    public const int MinPartLength = 5;

    private static readonly string[] LinkingSounds = ["", "s", "e", "en"];

    private readonly HashSet<string> words;
    // Shared by documents analysed at the same time (the analysis of an agenda is built once).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> cache = new(StringComparer.Ordinal);

    /// <param name="knownWords">Lower-case, diacritics-folded words.</param>
    public CompoundSplitter(IEnumerable<string> knownWords) =>
        words = knownWords.Where(w => w.Length >= MinPartLength).ToHashSet(StringComparer.Ordinal);

    /// <summary>The known words that <paramref name="word"/> starts or ends with, longest first; empty for most words.</summary>
    public string[] PartsOf(string word)
    {
        if (word.Length < MinPartLength + 3)
        {
            return [];
        }

        if (cache.TryGetValue(word, out var parts))
        {
            return parts;
        }

        var found = new List<string>();
        AddLongest(found, length => word[..length], word.Length);
        AddLongest(found, length => word[^length..], word.Length);
        parts = found.Where(p => p != word).Distinct(StringComparer.Ordinal).ToArray();
        cache[word] = parts;
        return parts;
    }

    /// <summary>The longest known head (or tail) that leaves at least three letters for the rest of the compound.</summary>
    private void AddLongest(List<string> found, Func<int, string> take, int wordLength)
    {
        for (var length = wordLength - 3; length >= MinPartLength; length--)
        {
            var part = take(length);
            if (words.Contains(part))
            {
                found.Add(part);
                return;
            }

            foreach (var link in LinkingSounds.Skip(1))
            {
                if (part.EndsWith(link, StringComparison.Ordinal) && part.Length - link.Length >= MinPartLength && words.Contains(part[..^link.Length]))
                {
                    found.Add(part[..^link.Length]);
                    return;
                }
            }
        }
    }
}
