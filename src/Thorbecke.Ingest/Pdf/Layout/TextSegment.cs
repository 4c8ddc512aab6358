namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// A piece of one printed line: the words on one baseline that are not separated by a column gap.
/// It is the unit of layout analysis and becomes one line of the page text.
/// </summary>
internal sealed class TextSegment
{
    public required string Text { get; init; }

    public required double Left { get; init; }

    public required double Right { get; init; }

    public required double Top { get; init; }

    public required double Bottom { get; init; }

    public required double Baseline { get; init; }

    /// <summary>The font size of the segment's longest word (bullet glyphs aside), in points.</summary>
    public required double FontSize { get; init; }

    /// <summary>Every word on the segment is set in a bold face.</summary>
    public required bool Bold { get; init; }

    /// <summary>Index of the printed row (top to bottom) the segment belongs to on its page.</summary>
    public required int Row { get; init; }

    /// <summary>Repeats at the top or bottom of many pages, or is a bare page/line number.</summary>
    public bool Furniture { get; set; }

    public double Width => Right - Left;

    public override string ToString() => Text;
}
