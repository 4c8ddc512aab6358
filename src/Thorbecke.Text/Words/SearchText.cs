using System.Text.RegularExpressions;
using Thorbecke.Core.Text;

namespace Thorbecke.Text.Words;

/// <summary>
/// The search form of a passage: words broken across lines are joined again and whitespace is collapsed.
/// Page and passage text keep the hyphens as printed, because quotes are checked against them;
/// only the search engine sees this form.
/// </summary>
public static partial class SearchText
{
    /// <summary>Words that follow an elision hyphen ("zorg- en welzijn", "land- of tuinbouw").</summary>
    internal static readonly HashSet<string> ElisionWords = new(StringComparer.Ordinal) { "en", "of", "tot", "noch", "als" };

    private const string Vowels = "aeiouyAEIOUY";

    /// <summary>Joins line-end hyphenation, drops soft hyphens and collapses whitespace to single spaces.</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var joined = SoftHyphen().Replace(text, "");
        joined = LineEndHyphen().Replace(joined, JoinHyphen);
        return Whitespace.Collapse(joined);
    }

    private static string JoinHyphen(Match match)
    {
        var left = match.Groups["left"].Value;
        var right = match.Groups["right"].Value;
        if (ElisionWords.Contains(right))
        {
            return left + "- " + right;
        }

        var last = left[^1];
        var first = right[0];
        var breakHyphen = char.IsLower(last) && char.IsLower(first)
            // Dutch writes a hyphen where two vowels would otherwise merge ("auto-ongeluk", "zee-eend").
            && !(Vowels.Contains(last, StringComparison.Ordinal) && Vowels.Contains(first, StringComparison.Ordinal));
        return breakHyphen ? left + right : left + "-" + right;
    }

    [GeneratedRegex("\u00AD[ \t]*(\r?\n[ \t]*)?")]
    private static partial Regex SoftHyphen();

    [GeneratedRegex(@"(?<left>[\p{L}\p{N}]+)[-\u2010\u2011][ \t]*\r?\n\s*(?<right>[\p{L}\p{N}]+)")]
    private static partial Regex LineEndHyphen();
}
