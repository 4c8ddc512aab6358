using System.Text.RegularExpressions;
using Thorbecke.Ingest.Segmentation;

namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// Cuts the ordered segments of a page into paragraphs and list items, using what a reader sees:
/// extra line spacing, a change of font size or weight, a bullet or number at the start of a line,
/// a first-line indent, and a short line that ends a sentence.
/// </summary>
internal static partial class BlockSegmenter
{
    public static List<RawBlock> Segment(IReadOnlyList<TextSegment> ordered, LayoutOptions options)
    {
        var blocks = new List<RawBlock>();
        var leading = TypicalLeading(ordered);
        RawBlock? current = null;
        foreach (var segment in ordered)
        {
            if (current is not null && Continues(current, segment, leading, options))
            {
                current.Segments.Add(segment);
                continue;
            }

            current = new RawBlock(KindOf(segment), segment);
            blocks.Add(current);
        }

        return blocks;
    }

    public static bool StartsListItem(string text) => ListMarker().IsMatch(text);

    private static BlockKind KindOf(TextSegment segment) =>
        segment.Furniture ? BlockKind.Furniture
        : StartsListItem(segment.Text) ? BlockKind.ListItem
        : BlockKind.Paragraph;

    private static bool Continues(RawBlock block, TextSegment next, double leading, LayoutOptions options)
    {
        var previous = block.Segments[^1];
        if (block.Kind == BlockKind.Furniture || next.Furniture)
        {
            return false;
        }

        var size = Math.Max(previous.FontSize, next.FontSize);
        if (next.Row == previous.Row)
        {
            // "16." and the item text beside it are one item, even in different fonts.
            return true;
        }

        if (StartsListItem(next.Text))
        {
            return false;
        }

        if (Math.Abs(previous.FontSize - next.FontSize) > 0.6 || previous.Bold != next.Bold)
        {
            return false;
        }

        var drop = previous.Baseline - next.Baseline;
        if (drop < 0 || drop > size * 4)
        {
            // A jump up (next column) or far down (past a figure): only a sentence that is visibly unfinished goes on.
            return !EndsSentence(previous.Text) && next.Text.Length > 0 && char.IsLower(next.Text[0]);
        }

        if (drop > leading * size * options.ParagraphGap + 1)
        {
            return false;
        }

        var firstLeft = block.Segments[0].Left;
        if (block.Kind == BlockKind.ListItem)
        {
            // Back at the bullet's own margin after hanging-indented lines: the item has ended.
            var hanging = block.Segments.Count > 1 && block.Segments[^1].Row != block.Segments[0].Row;
            return !(hanging && next.Left < previous.Left - (0.8 * size) && next.Left <= firstLeft + (0.5 * size));
        }

        if (block.Segments.Count > 1 && next.Left > previous.Left + (0.8 * size) && next.Left > firstLeft + (0.8 * size))
        {
            return false;
        }

        var widest = block.Segments.Max(s => s.Right);
        return !(block.Segments.Count > 1 && EndsSentence(previous.Text) && previous.Right < widest - (3 * size));
    }

    private static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or '"' or '”';

    /// <summary>The usual baseline distance divided by the font size, for body-like line pairs on this page.</summary>
    private static double TypicalLeading(IReadOnlyList<TextSegment> ordered)
    {
        var ratios = new List<double>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var a = ordered[i - 1];
            var b = ordered[i];
            var drop = a.Baseline - b.Baseline;
            if (Math.Abs(a.FontSize - b.FontSize) < 0.1 && drop > a.FontSize * 0.8 && drop < a.FontSize * 2.5)
            {
                ratios.Add(drop / a.FontSize);
            }
        }

        if (ratios.Count < 3)
        {
            return 1.25;
        }

        ratios.Sort();
        return ratios[ratios.Count / 2];
    }

    [GeneratedRegex(@"^(?:[•▪▫◦●○■□►▸‣⁃∙·›»✓✔➢➤\u2013\u2014\-\*]\s?|\(?\d{1,3}[.)](?:\s|$)|\(?[a-z][.)]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
