namespace Thorbecke.Search.Matching;

/// <summary>Splits passage text into sentence spans, so a quote is a verbatim, readable piece of the page.</summary>
public static class Sentences
{
    /// <summary>Start and length of each sentence in <paramref name="text"/>, trimmed of surrounding whitespace.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '.' or '!' or '?' or ';' or '•' or '▪' or '●'
                ? (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i)
                : c == '\n' && i + 1 < text.Length && IsBulletStart(text[i + 1]);
            if (end)
            {
                Add(text, start, i + 1, spans);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static bool IsBulletStart(char c) => c is '•' or '▪' or '●' or '–' or '-' or '*';

    private static bool IsAbbreviation(string text, int dot)
    {
        // "o.a.", "bijv.", "art. 5", "€ 1.5": a dot followed by a lower-case word or a digit does not end a sentence.
        var next = dot + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return text[dot] == '.' && next < text.Length && (char.IsLower(text[next]) || char.IsDigit(text[next]));
    }

    private static void Add(string text, int start, int end, List<(int, int)> spans)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || IsBulletStart(text[start]) || text[start] is '•' or '▪' or '●'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start >= 3)
        {
            spans.Add((start, end - start));
        }
    }
}
