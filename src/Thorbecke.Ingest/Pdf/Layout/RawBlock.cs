using Thorbecke.Ingest.Segmentation;

namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>Segments that belong to one paragraph, list item, heading or piece of page furniture.</summary>
internal sealed class RawBlock(BlockKind kind, TextSegment first)
{
    public BlockKind Kind { get; set; } = kind;

    public List<TextSegment> Segments { get; } = [first];

    public double FontSize => Segments.Max(s => s.FontSize);

    public bool Bold => Segments.All(s => s.Bold);

    public int Chars => Segments.Sum(s => s.Text.Length);

    public TextBlock ToTextBlock(int headingLevel) =>
        new(Kind, Segments.Select(s => s.Text).ToList(), Kind == BlockKind.Heading ? headingLevel : 0);
}
