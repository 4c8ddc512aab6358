using System.Globalization;
using System.Text;

namespace Thorbecke.Search.Learning;

/// <summary>
/// A text as the character 4- and 5-grams of its folded words (" opsc", "opsch", ...). Grams of word pieces
/// match inflections and compounds ("opschalingskorting", "opschalingskortingen") without any Dutch analysis,
/// which is what lets evidence reviewed in one programme find its like in another.
/// </summary>
internal static class CharGrams
{
    private const int Shortest = 4;
    private const int Longest = 5;

    /// <summary>How often each gram occurs in <paramref name="text"/>, grams hashed to 64 bits.</summary>
    public static Dictionary<ulong, int> Count(string text)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var word in Words(text))
        {
            var padded = " " + word + " ";
            for (var n = Shortest; n <= Longest; n++)
            {
                for (var start = 0; start + n <= padded.Length; start++)
                {
                    var gram = Hash(padded.AsSpan(start, n));
                    counts[gram] = counts.GetValueOrDefault(gram) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>Lower-case words of letters and digits, accents removed ("Coördinatie" reads "coordinatie").</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>FNV-1a: stable across runs and platforms, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong Hash(ReadOnlySpan<char> gram)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in gram)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
