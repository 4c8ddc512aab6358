using System.Globalization;
using System.Text.RegularExpressions;

namespace Thorbecke.MoneyMentions;

/// <summary>
/// Reads the years an amount applies to: "vanaf 2026" (from), "tot en met 2030" (to), "in 2027" (that year),
/// "2026-2029" or "van 2026 tot 2030" (both). "tot" counts as inclusive, as budget texts use it loosely; the
/// quote is there to check. Only years 2000 to 2099 count, so amounts and page numbers are never years.
/// </summary>
internal static partial class YearRangeReader
{
    public static (int? From, int? To) Read(string sentence, int amountStart, int amountEnd)
    {
        var found = new List<(int Start, int End, int? From, int? To)>();
        foreach (Match match in RangePattern().Matches(sentence))
        {
            found.Add((match.Index, match.Index + match.Length, Year(match.Groups["from"]), Year(match.Groups["to"])));
        }

        foreach (Match match in SinglePattern().Matches(sentence))
        {
            if (found.Any(f => match.Index < f.End && f.Start < match.Index + match.Length))
            {
                continue;
            }

            var year = Year(match.Groups["year"]);
            found.Add(match.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "in" => (match.Index, match.Index + match.Length, year, year),
                "tot en met" or "t/m" or "tot" => (match.Index, match.Index + match.Length, null, year),
                _ => (match.Index, match.Index + match.Length, year, null),
            });
        }

        if (found.Count == 0)
        {
            return (null, null);
        }

        int DistanceTo((int Start, int End, int? From, int? To) f) =>
            f.End <= amountStart ? amountStart - f.End : f.Start >= amountEnd ? f.Start - amountEnd : 0;

        var nearest = found.MinBy(DistanceTo);
        var from = nearest.From ?? found.Where(f => f.From is not null && f.To is null).OrderBy(DistanceTo).Select(f => f.From).FirstOrDefault();
        var to = nearest.To ?? found.Where(f => f.To is not null && f.From is null).OrderBy(DistanceTo).Select(f => f.To).FirstOrDefault();
        return from is not null && to is not null && to < from ? (nearest.From, nearest.To) : (from, to);
    }

    private static int? Year(Group group) =>
        group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:vanaf|van|tussen|in\s+de\s+periode|in\s+de\s+jaren|in)\s+)?(?<from>20\d{2})\s*(?:[-–—]|tot\s+en\s+met|t/m|tot|en)\s*(?<to>20\d{2})(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<kind>vanaf|per|met\s+ingang\s+van|m\.i\.v\.|tot\s+en\s+met|t/m|tot|in)\s+(?:(?:1\s+)?januari\s+)?(?<year>20\d{2})(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SinglePattern();
}
