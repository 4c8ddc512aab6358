using Thorbecke.Ingest.Segmentation;

namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// Decides which short blocks are headings and how deep, from font sizes measured over the whole
/// document: the body size is the size most text is set in; larger sizes are outer heading levels,
/// a short bold line in the body size is the innermost level.
/// </summary>
internal static class HeadingClassifier
{
    public static List<PageLayout> Classify(IReadOnlyList<(int Number, List<RawBlock> Blocks)> pages, LayoutOptions options)
    {
        var body = BodySize(pages.SelectMany(p => p.Blocks));
        var headingSizes = new List<double>();
        foreach (var block in pages.SelectMany(p => p.Blocks))
        {
            switch (Kind(block, body, options))
            {
                case HeadingKind.Large:
                    block.Kind = BlockKind.Heading;
                    headingSizes.Add(Round(block.FontSize));
                    break;
                case HeadingKind.Bold:
                    block.Kind = BlockKind.Heading;
                    break;
            }
        }

        // Only sizes used for more than one heading make a level: a one-off giant line (a cover or a
        // chapter opener set larger than the rest) would otherwise sit above every chapter forever.
        var counts = headingSizes.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var levelSizes = counts.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToList();
        if (levelSizes.Count == 0)
        {
            levelSizes = [.. counts.Keys];
        }

        levelSizes.Sort((a, b) => b.CompareTo(a));
        var boldLevel = levelSizes.Count + 1;
        int LevelOf(double size) => levelSizes.Count(s => s > Round(size)) + 1;
        return pages.Select(p => new PageLayout(
                p.Number,
                p.Blocks.Select(b => b.ToTextBlock(b.FontSize >= body * options.HeadingScale ? LevelOf(b.FontSize) : boldLevel)).ToList()))
            .ToList();
    }

    private enum HeadingKind
    {
        None,
        Large,
        Bold,
    }

    private static HeadingKind Kind(RawBlock block, double body, LayoutOptions options)
    {
        // A numbered chapter title ("1. Wonen", "2 Welvaart begint met wonen") looks like a list item until its font is seen.
        var numbered = block.Kind == BlockKind.ListItem && char.IsDigit(block.Segments[0].Text[0]);
        if ((block.Kind != BlockKind.Paragraph && !numbered) || block.Segments.Count > 4 || block.Chars > 160)
        {
            return HeadingKind.None;
        }

        var text = block.Segments[^1].Text;
        if (block.Segments.Sum(s => s.Text.Count(char.IsLetter)) < 3)
        {
            return HeadingKind.None;
        }

        if (IsQuoteOrFigure(block))
        {
            return HeadingKind.None;
        }

        if (block.FontSize >= body * options.HeadingScale)
        {
            return HeadingKind.Large;
        }

        var endsSentence = text.EndsWith('.') || text.EndsWith(',') || text.EndsWith(';');
        return block.Bold && block.FontSize >= body - 0.6 && block.Chars <= 120 && block.Segments.Count <= 2 && !endsSentence
            ? HeadingKind.Bold
            : HeadingKind.None;
    }

    /// <summary>
    /// Pull quotes ("“Meer zekerheid voor huurders.”") and callout figures ("€25 miljard", "3,5%") are set
    /// large like headings but name nothing.
    /// </summary>
    private static bool IsQuoteOrFigure(RawBlock block)
    {
        var first = block.Segments[0].Text;
        var last = block.Segments[^1].Text;
        if (first[0] is '“' or '"' or '‘' or '„' or '\'' || last[^1] is '”' or '"' or '’' or '\'')
        {
            return true;
        }

        var all = string.Concat(block.Segments.Select(s => s.Text));
        return all.Contains('€', StringComparison.Ordinal) || all.Contains('%', StringComparison.Ordinal) || all.Count(char.IsDigit) * 5 > all.Length;
    }

    /// <summary>The font size that most characters (outside headers and footers) are set in.</summary>
    private static double BodySize(IEnumerable<RawBlock> blocks)
    {
        var chars = new Dictionary<double, int>();
        foreach (var segment in blocks.Where(b => b.Kind != BlockKind.Furniture).SelectMany(b => b.Segments))
        {
            var size = Round(segment.FontSize);
            chars[size] = chars.GetValueOrDefault(size) + segment.Text.Length;
        }

        return chars.Count == 0 ? 10 : chars.MaxBy(kv => kv.Value).Key;
    }

    private static double Round(double size) => Math.Round(size * 2, MidpointRounding.AwayFromZero) / 2;
}
