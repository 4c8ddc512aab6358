using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// Marks running headers and footers (lines that repeat in the top or bottom margin of several pages,
/// page numbers ignored) and bare page or line numbers. They stay in the page text but never in a passage.
/// </summary>
internal static partial class RunningFurniture
{
    public static void Mark(IReadOnlyList<(PdfPageWords Page, List<TextSegment> Segments)> pages, LayoutOptions options)
    {
        var pagesPerKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (page, segments) in pages)
        {
            foreach (var segment in segments.Where(s => InMargin(s, page, options)))
            {
                var key = Key(segment.Text);
                if (!pagesPerKey.TryGetValue(key, out var seen))
                {
                    pagesPerKey[key] = seen = [];
                }

                seen.Add(page.Number);
            }
        }

        var needed = Math.Min(3, pages.Count);
        foreach (var (page, segments) in pages)
        {
            foreach (var segment in segments)
            {
                segment.Furniture = IsNumberOnly(segment.Text)
                    || (needed >= 2 && InMargin(segment, page, options) && pagesPerKey[Key(segment.Text)].Count >= needed);
            }
        }
    }

    /// <summary>"12", "- 12 -", "12 / 60", "pagina 12 van 60": a page or line number and nothing else.</summary>
    public static bool IsNumberOnly(string text) => PageNumber().IsMatch(text);

    private static bool InMargin(TextSegment segment, PdfPageWords page, LayoutOptions options) =>
        segment.Bottom >= page.Height * (1 - options.MarginZone) || segment.Top <= page.Height * options.MarginZone;

    /// <summary>The text with digits folded, so "Pagina 3" and "Pagina 4" are the same running line.</summary>
    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (builder.Length == 0 || builder[^1] != '#')
                {
                    builder.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\s*(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—|]?\s*\d{1,4}\s*[-–—|]?\s*(?:(?:/|van|of)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
