namespace Thorbecke.Ingest.Segmentation;

/// <summary>What a block of lines is for: it decides whether the block becomes a passage.</summary>
public enum BlockKind
{
    /// <summary>Running text: becomes (part of) a passage.</summary>
    Paragraph,

    /// <summary>A bullet or numbered item: always starts a new passage.</summary>
    ListItem,

    /// <summary>A heading: not a passage itself, but it names the passages below it.</summary>
    Heading,

    /// <summary>Running headers, footers, page and line numbers: part of the page text, never of a passage.</summary>
    Furniture,
}
