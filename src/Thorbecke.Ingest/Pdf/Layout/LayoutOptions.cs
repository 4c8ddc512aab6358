namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>
/// The thresholds of the PDF layout analysis, in multiples of the font size unless named otherwise.
/// They were tuned on the tk2025 corpus so that the reading order agrees with pdftotext.
/// </summary>
public sealed record LayoutOptions
{
    /// <summary>A horizontal gap wider than this (times the font size) between words on one baseline separates two columns.</summary>
    public double ColumnGap { get; init; } = 1.0;

    /// <summary>A bullet glyph stays with the text to its right when the gap is at most this (times the font size).</summary>
    public double BulletGap { get; init; } = 4.0;

    /// <summary>The narrowest empty vertical strip, in points, that counts as a gutter between columns.</summary>
    public double MinGutter { get; init; } = 4.0;

    /// <summary>Words whose baselines differ by less than this (times the font size) are on the same row.</summary>
    public double RowTolerance { get; init; } = 0.3;

    /// <summary>A line spacing this many times the usual spacing starts a new paragraph.</summary>
    public double ParagraphGap { get; init; } = 1.3;

    /// <summary>Text this many times the body font size is a heading.</summary>
    public double HeadingScale { get; init; } = 1.15;

    /// <summary>The share of the page height at the top and at the bottom where running headers and footers live.</summary>
    public double MarginZone { get; init; } = 0.1;

    public static LayoutOptions Default { get; } = new();
}
