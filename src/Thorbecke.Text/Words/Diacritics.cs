using System.Globalization;
using System.Text;

namespace Thorbecke.Text.Words;

/// <summary>
/// Lower case without diacritics, every other character kept ("Coördinatie-uitkering" reads "coordinatie-uitkering"):
/// the form in which word lists that name hyphenated or abbreviated words ("btw-compensatiefonds", "p/j") are matched.
/// </summary>
public static class Diacritics
{
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
