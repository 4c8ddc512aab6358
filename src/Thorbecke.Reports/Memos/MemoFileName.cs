using System.Globalization;
using System.Text;

namespace Thorbecke.Reports.Memos;

/// <summary>The file name a memo is offered under: "memo-formatie-01.docx", "memo-financiele-uitgangspositie-formatie.md".</summary>
public static class MemoFileName
{
    public static string ForAsk(string askId, string extension) => $"memo-{Slug(askId)}.{extension}";

    public static string ForTheme(string theme, string extension) => $"memo-{Slug(theme)}.{extension}";

    /// <summary>Lower case ASCII letters and digits with single hyphens between words; accents dropped ("Financiële" → "financiele").</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        return result.Length == 0 ? "memo" : result;
    }
}
