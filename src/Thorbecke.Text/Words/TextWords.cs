using System.Text;

namespace Thorbecke.Text.Words;

/// <summary>
/// Cuts a text into folded words with their offsets. Hyphenated words count as one ("NAVO-norm" is
/// "navonorm"), and so do words broken across a line ("gemeen-\nte"), so that a PDF's line breaks do not
/// change the words; an elision hyphen ("zorg- en welzijn") stays a break, as in <see cref="SearchText"/>.
/// </summary>
internal static class TextWords
{
    public static List<TextWord> Of(string text)
    {
        var words = new List<TextWord>();
        var folded = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            folded.Clear();
            var end = ReadRun(text, i, folded);
            while (JoinedRunStart(text, end, folded.Length) is { } next)
            {
                var before = folded.Length;
                var after = ReadRun(text, next, folded);
                if (IsElision(text, end, next) && SearchText.ElisionWords.Contains(folded.ToString(before, folded.Length - before)))
                {
                    folded.Length = before;
                    break;
                }

                end = after;
            }

            if (folded.Length > 0)
            {
                words.Add(new TextWord(folded.ToString(), new TextSpan(start, end - start)));
            }

            i = end;
        }

        return words;
    }

    /// <summary>Folds one run of letters and digits from <paramref name="start"/>; returns where it ends.</summary>
    private static int ReadRun(string text, int start, StringBuilder folded)
    {
        var i = start;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            FoldedText.Fold(text[i], folded);
            i++;
        }

        return i;
    }

    /// <summary>Where the run that continues the word ending at <paramref name="end"/> starts, or null when the word ends there.</summary>
    private static int? JoinedRunStart(string text, int end, int foldedLength)
    {
        if (end >= text.Length || foldedLength == 0 || !IsHyphen(text[end]))
        {
            return null;
        }

        var i = end + 1;
        var newline = text[end] == '\u00AD';
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            newline |= text[i] == '\n';
            i++;
        }

        // "zorg- en" (a hyphen then a space on the same line) is an elision, not a compound.
        var joined = i == end + 1 || newline;
        return joined && i < text.Length && char.IsLetterOrDigit(text[i]) ? i : null;
    }

    /// <summary>A hyphen at a line end may still be an elision ("zorg-\nen welzijn"); a soft hyphen never is.</summary>
    private static bool IsElision(string text, int hyphen, int next) => text[hyphen] != '\u00AD' && next > hyphen + 1;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AD';
}
