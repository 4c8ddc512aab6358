namespace Thorbecke.Core.Text;

/// <summary>
/// A deliberately light Dutch stemmer for comparing two texts with each other: it strips plural and inflection
/// endings and evens out spelling that changes with them (gemeenten and gemeente, structurele and structureel,
/// stoppen and stop). Stems are keys, not words; over-stemming only merges a few more words, which a
/// comparison of two texts tolerates. Core has no Lucene, so the search engine's Snowball stemmer is not at hand.
/// </summary>
internal static class LightDutchStemmer
{
    private const int MinStem = 3;

    /// <summary>The stem of a folded word (lower case, no accents).</summary>
    public static string Stem(string word)
    {
        if (word.Length <= MinStem + 1 || !char.IsAsciiLetter(word[^1]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("heden", StringComparison.Ordinal))
        {
            stem = stem[..^5] + "heid";
        }
        else if (stem.EndsWith("en", StringComparison.Ordinal) && stem.Length > MinStem + 2)
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        stem = DropEnding(stem, 'e');
        stem = DropEnding(stem, 't');
        if (stem.Length > MinStem + 1 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            stem = stem[..^1];
        }

        return CollapseLongVowels(stem);
    }

    private static string DropEnding(string stem, char ending) =>
        stem.Length > MinStem + 1 && stem[^1] == ending ? stem[..^1] : stem;

    /// <summary>"structureel" and "structurele" differ only in how Dutch spells a long vowel in an open syllable.</summary>
    private static string CollapseLongVowels(string stem)
    {
        var collapsed = new System.Text.StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (collapsed.Length == 0 || c != collapsed[^1] || c is not ('a' or 'e' or 'o' or 'u'))
            {
                collapsed.Append(c);
            }
        }

        return collapsed.Length == stem.Length ? stem : collapsed.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
