using System.Text;

namespace Thorbecke.Search.Analysis;

/// <summary>
/// Rejoins words that typesetting split at a line end ("gemeen-\nte" becomes "gemeente") so they can be found,
/// while keeping real hyphens ("NAVO-norm") and elisions ("zorg- en welzijn").
/// </summary>
public static class Dehyphenation
{
    public static string Apply(string text)
    {
        if (!text.Contains('-', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i > 0 && char.IsLower(text[i - 1]) && IsLineBreakAfter(text, i, out var next) && IsBreakContinuation(text, next))
            {
                i = next - 1;
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static bool IsLineBreakAfter(string text, int hyphen, out int next)
    {
        next = hyphen + 1;
        var sawNewline = false;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            sawNewline |= text[next] == '\n';
            next++;
        }

        return sawNewline && next < text.Length;
    }

    private static bool IsBreakContinuation(string text, int start)
    {
        if (!char.IsLower(text[start]))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        return !(word is "en" or "of" or "tot" or "t/m");
    }
}
