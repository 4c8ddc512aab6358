using System.Globalization;
using System.Text.RegularExpressions;

namespace Thorbecke.Core.Documents;

/// <summary>
/// Finds how the page numbers printed on the pages relate to the PDF's page index, so a quote can be cited as the
/// reader sees it ("p. 40 (pdf 42)"). Few programmes carry PDF page labels; most print a number in the header or
/// footer, after a cover and a blank page or two. The offset most pages agree on wins.
/// </summary>
public static partial class PrintedPageNumbers
{
    /// <summary>Lines at the top and bottom of a page where a page number is printed.</summary>
    private const int MarginLines = 3;

    /// <summary>Front matter longer than this is rare; a bigger "offset" is a number in the text, not a page number.</summary>
    private const int MaxOffset = 40;

    /// <summary>The printed-page offset, or 0 when pages print no numbers or too few agree on one.</summary>
    public static int Offset(IReadOnlyList<Page> pages)
    {
        var votes = new Dictionary<int, int>();
        foreach (var page in pages)
        {
            var lines = page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var margins = lines.Take(MarginLines).Concat(lines.Skip(Math.Max(MarginLines, lines.Length - MarginLines)));
            var offsets = margins
                .SelectMany(line => Number().Matches(line))
                .Select(m => page.Number - int.Parse(m.Value, CultureInfo.InvariantCulture))
                .Where(offset => offset is >= -MaxOffset and <= MaxOffset)
                .ToHashSet();
            foreach (var offset in offsets)
            {
                votes[offset] = votes.GetValueOrDefault(offset) + 1;
            }
        }

        if (votes.Count == 0)
        {
            return 0;
        }

        var (best, support) = votes.MaxBy(v => v.Value);
        var needed = Math.Max(3, (int)Math.Ceiling(pages.Count * 0.3));
        return support >= needed ? best : 0;
    }

    [GeneratedRegex(@"(?<![\d.,€%-])\b\d{1,4}\b(?![\d.,%])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
