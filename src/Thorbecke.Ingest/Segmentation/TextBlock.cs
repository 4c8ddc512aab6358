namespace Thorbecke.Ingest.Segmentation;

/// <summary>
/// A run of lines in reading order that belong together, as a reader found them on a page.
/// </summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Lines">The lines exactly as they appear in the page text (no line breaks inside a line).</param>
/// <param name="HeadingLevel">1 for the outermost heading level; only meaningful for <see cref="BlockKind.Heading"/>.</param>
/// <param name="HeadingText">The heading as it should appear in a heading path, when it differs from the lines (Markdown '#').</param>
public sealed record TextBlock(BlockKind Kind, IReadOnlyList<string> Lines, int HeadingLevel = 0, string? HeadingText = null)
{
    public static TextBlock Paragraph(params string[] lines) => new(BlockKind.Paragraph, lines);

    public static TextBlock ListItem(params string[] lines) => new(BlockKind.ListItem, lines);

    public static TextBlock Furniture(params string[] lines) => new(BlockKind.Furniture, lines);

    public static TextBlock Heading(int level, params string[] lines) => new(BlockKind.Heading, lines, level);

    /// <summary>The heading path entry for this block: its own text on one line.</summary>
    public string Title => HeadingText ?? string.Join(' ', Lines.Select(l => l.Trim())).Trim();
}
