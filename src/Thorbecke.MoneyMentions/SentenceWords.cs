using System.Buffers;
using System.Text.RegularExpressions;
using Thorbecke.Text.Words;

namespace Thorbecke.MoneyMentions;

/// <summary>
/// The words of one sentence with their positions, so cues can be measured by how many words they are from an
/// amount. Words are folded (lower case, no diacritics) for matching and kept as written for quoting.
/// </summary>
internal sealed partial class SentenceWords
{
    private static readonly SearchValues<char> Punctuation = SearchValues.Create(".,;:()!?");

    private static readonly SearchValues<char> ClausePunctuation = SearchValues.Create(".;:()!?");

    private SentenceWords(string text, IReadOnlyList<SentenceWord> words)
    {
        Text = text;
        Words = words;
    }

    public string Text { get; }

    public IReadOnlyList<SentenceWord> Words { get; }

    public static SentenceWords Of(string text)
    {
        var words = new List<SentenceWord>();
        foreach (Match match in WordPattern().Matches(text))
        {
            words.Add(new SentenceWord(words.Count, match.Index, match.Length, match.Value, Fold(match.Value)));
        }

        return new SentenceWords(text, words);
    }

    /// <summary>The first and last word that overlap the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public (int First, int Last) WordRange(int start, int end)
    {
        var first = -1;
        var last = -1;
        foreach (var word in Words)
        {
            if (word.End > start && word.Start < end)
            {
                first = first < 0 ? word.Index : first;
                last = word.Index;
            }
        }

        if (first < 0)
        {
            // An amount that is only a sign and digits still sits between two words.
            first = Words.Count(w => w.End <= start);
            last = first - 1;
        }

        return (first, last);
    }

    /// <summary>How many words lie between a word and a range of words; 0 inside the range.</summary>
    public static int Distance(int index, (int First, int Last) range) =>
        index < range.First ? range.First - index : index > range.Last ? index - range.Last : 0;

    /// <summary>
    /// How many words lie between two ranges of words, each punctuation break in between counting as
    /// <paramref name="breakPenalty"/> words more.
    /// </summary>
    public int Distance((int First, int Last) from, (int First, int Last) to, int breakPenalty)
    {
        var (left, right) = from.Last < to.First ? (from.Last, to.First) : to.Last < from.First ? (to.Last, from.First) : (0, 0);
        var breaks = 0;
        for (var i = left + 1; i <= right; i++)
        {
            breaks += BreakBefore(i) ? 1 : 0;
        }

        return right - left + (breaks * breakPenalty);
    }

    /// <summary>
    /// The text between word <paramref name="index"/> and the word before it, starting no earlier than
    /// <paramref name="floor"/> (so an amount's own "mln." dot is left out).
    /// </summary>
    public ReadOnlySpan<char> GapBefore(int index, int floor = 0)
    {
        var end = Words[index].Start;
        var start = index == 0 ? 0 : Math.Min(Math.Max(Words[index - 1].End, floor), end);
        return Text.AsSpan(start, end - start);
    }

    /// <summary>True when punctuation separates word <paramref name="index"/> from the word before it.</summary>
    public bool BreakBefore(int index, int floor = 0) => GapBefore(index, floor).IndexOfAny(Punctuation) >= 0;

    /// <summary>True when punctuation other than a comma separates word <paramref name="index"/> from the word before it.</summary>
    public bool ClauseBreakBefore(int index) => GapBefore(index).IndexOfAny(ClausePunctuation) >= 0;

    /// <summary>The text of words <paramref name="first"/> through <paramref name="last"/>, as written.</summary>
    public string TextOf(int first, int last) => Text[Words[first].Start..Words[last].End];

    /// <summary>Typographic apostrophes read as straight ones, so "’s" and "'s" are one word.</summary>
    private static string Fold(string word) => Diacritics.Fold(word).Replace('’', '\'');

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’/][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
