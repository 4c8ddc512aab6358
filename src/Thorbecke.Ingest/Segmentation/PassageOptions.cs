namespace Thorbecke.Ingest.Segmentation;

/// <summary>How big a passage may be. The defaults suit paragraph-sized evidence quotes.</summary>
public sealed record PassageOptions
{
    /// <summary>Paragraphs longer than this are split at sentence boundaries.</summary>
    public int MaxChars { get; init; } = 1200;

    /// <summary>Fragments shorter than this are merged into the next passage on the same page.</summary>
    public int MinChars { get; init; } = 40;

    /// <summary>Headings deeper than this are treated as this level.</summary>
    public int MaxHeadingLevel { get; init; } = 6;

    public static PassageOptions Default { get; } = new();
}
