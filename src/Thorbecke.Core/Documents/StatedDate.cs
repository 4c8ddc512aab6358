using System.Globalization;
using System.Text.RegularExpressions;
using Thorbecke.Core.Text;

namespace Thorbecke.Core.Documents;

/// <summary>
/// The date a document states about itself on its first pages: "Datum 12 maart 2026" in a Kamerbrief's margin,
/// "Den Haag, 3 juni 2026" above a signature, or a date alone on a title page's line. Dates in running text
/// ("per 1 januari 2027 ...") are about policy, not about the document, and are never taken.
/// </summary>
public static partial class StatedDate
{
    /// <summary>Only the first pages introduce a document; the rest is its content.</summary>
    private const int PagesRead = 2;

    /// <summary>Enough for a title page or a letter's heading; a long first page's body is not read.</summary>
    private const int CharactersPerPage = 3000;

    public static DateOnly? Find(IReadOnlyList<Page> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        foreach (var page in pages.Take(PagesRead))
        {
            var head = page.Text.Length > CharactersPerPage ? page.Text[..CharactersPerPage] : page.Text;
            foreach (var line in head.Split('\n'))
            {
                if (FromLine(line.Trim()) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>A date on a line that is only a date, or that a cue ("Datum", "Den Haag,") introduces.</summary>
    public static DateOnly? FromLine(string line)
    {
        var match = DutchDate().Match(line);
        if (!match.Success || ToDate(match) is not { } date)
        {
            return null;
        }

        var before = line[..match.Index].Trim().TrimEnd(':', ',').Trim();
        var after = line[(match.Index + match.Length)..].Trim();
        var alone = after.Length == 0 && (before.Length == 0 || Weekday().IsMatch(before));
        return alone || Cue().IsMatch(before) ? date : null;
    }

    private static DateOnly? ToDate(Match match)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success
            ? Dutch.Months.ToList().FindIndex(m => m.StartsWith(match.Groups["month"].Value.ToLowerInvariant()[..3], StringComparison.Ordinal)) + 1
            : int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return year is >= 1945 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:\s+(?<month>jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+|-(?<number>\d{1,2})-)(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DutchDate();

    /// <summary>The words that put a document's own date on its first page.</summary>
    [GeneratedRegex(@"(^|\b)(datum|d\.d\.|den haag|'s-gravenhage|utrecht|vastgesteld(\s+op)?|gepubliceerd(\s+op)?|uitgegeven(\s+op)?|versie|publicatiedatum)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
