namespace Thorbecke.Text.Sentences;

/// <summary>
/// Cuts long text into pieces at sentence boundaries. Pieces are substrings of the input, so a piece
/// still occurs verbatim in the page it came from.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        Spans(text).Select(span => text.Substring(span.Start, span.Length)).ToList();

    /// <summary>
    /// Where each sentence of <paramref name="text"/> is: cut at sentence ends and where a line opens a bullet,
    /// trimmed of whitespace and bullet marks, in order.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Spans(string text)
    {
        var spans = new List<(int Start, int Length)>();
        var start = 0;
        foreach (var end in SentenceEnds(text).Concat(BulletLineStarts(text)).Distinct().Order())
        {
            AddSpan(spans, text, start, end);
            start = end;
        }

        AddSpan(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>
    /// Splits <paramref name="text"/> into pieces of at most <paramref name="maxChars"/> characters,
    /// cutting at sentence ends where possible and at a space otherwise.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxChars)
    {
        var pieces = new List<string>();
        if (text.Length <= maxChars)
        {
            AddTrimmed(pieces, text, 0, text.Length);
            return pieces;
        }

        var ends = SentenceEnds(text).ToList();
        var start = 0;
        while (text.Length - start > maxChars)
        {
            var cut = ends.LastOrDefault(e => e > start && e - start <= maxChars);
            if (cut <= start)
            {
                cut = text.LastIndexOfAny([' ', '\n'], start + maxChars, maxChars);
                cut = cut <= start ? start + maxChars : cut;
            }

            AddTrimmed(pieces, text, start, cut);
            start = cut;
        }

        AddTrimmed(pieces, text, start, text.Length);
        return pieces;
    }

    /// <summary>Positions just after a sentence's last character (and its closing quotes or brackets).</summary>
    private static IEnumerable<int> SentenceEnds(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or ';'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or ')' or '”' or '’' or '»')
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            // A lower-case continuation ("o.a. de", "ca. tien") is an abbreviation, not a sentence end.
            if (next < text.Length && !char.IsLower(text[next]))
            {
                yield return end;
            }
        }
    }

    private static IEnumerable<int> BulletLineStarts(string text)
    {
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\n', i + 1))
        {
            if (IsBulletMark(text[i + 1]))
            {
                yield return i + 1;
            }
        }
    }

    private static bool IsBulletMark(char c) => c is '•' or '▪' or '●' or '–' or '-' or '*' or '›';

    private static void AddSpan(List<(int Start, int Length)> spans, string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsBulletMark(text[start])))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }

    private static void AddTrimmed(List<string> pieces, string text, int start, int end)
    {
        var piece = text[start..end].Trim();
        if (piece.Length > 0)
        {
            pieces.Add(piece);
        }
    }
}
