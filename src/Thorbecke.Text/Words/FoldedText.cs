using System.Globalization;
using System.Text;

namespace Thorbecke.Text.Words;

/// <summary>
/// A text reduced to its lower-case letters and digits without accents ("Coördinatie-\nkosten, €&#160;1,5" reads
/// "coordinatiekosten15"), each folded character remembering where it came from. Two texts that differ only in
/// case, accents, punctuation, whitespace or hyphenation fold alike, which is what "verbatim" means for a
/// passage copied from a PDF.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] origins;

    private FoldedText(string text, string folded, int[] origins)
    {
        Text = text;
        Folded = folded;
        this.origins = origins;
    }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>The folded form.</summary>
    public string Folded { get; }

    public static FoldedText Of(string text)
    {
        var folded = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var before = folded.Length;
            Fold(text[i], folded);
            for (var k = before; k < folded.Length; k++)
            {
                origins.Add(i);
            }
        }

        return new FoldedText(text, folded.ToString(), [.. origins]);
    }

    /// <summary>The span of <see cref="Text"/> that the folded characters from <paramref name="start"/> on, <paramref name="length"/> of them, came from.</summary>
    public TextSpan SpanOf(int start, int length)
    {
        var first = origins[start];
        return new TextSpan(first, origins[start + length - 1] + 1 - first);
    }

    /// <summary>Appends the folded form of one character: nothing for punctuation and spaces, one or more letters otherwise.</summary>
    public static void Fold(char c, StringBuilder into)
    {
        if (c < 128)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                into.Append(char.ToLowerInvariant(c));
            }

            return;
        }

        if (!char.IsLetterOrDigit(c))
        {
            return;
        }

        // Compatibility decomposition splits ligatures from PDFs (ﬁ, ĳ) as well as accents (ë = e + ¨).
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(part) && CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                into.Append(char.ToLowerInvariant(part));
            }
        }
    }
}
