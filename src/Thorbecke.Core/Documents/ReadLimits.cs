namespace Thorbecke.Core.Documents;

/// <summary>
/// How much one file may ask of a reader. Every uploaded or scanned file is hostile until read: a few kilobytes can
/// unpack to gigabytes or nest a hundred thousand levels deep, so each reader enforces these while it reads and fails
/// the file with a Dutch reason instead of exhausting memory, time or the stack.
/// </summary>
/// <remarks>
/// The defaults are far above what real documents need (measured on the six 2025 programmes: at most 15 MiB of
/// unpacked PDF streams, 4 MiB in the biggest one, 170 pages and 290,000 characters), and low enough that two files
/// read at once stay well under a gigabyte.
/// </remarks>
public sealed record ReadLimits
{
    /// <summary>Bytes that compressed data inside one file (PDF streams, DOCX parts) may unpack to, all together.</summary>
    public long MaxUnpackedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Bytes that one PDF stream or one DOCX part may unpack to.</summary>
    public long MaxUnpackedPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How deep elements may nest (XML in a DOCX, HTML tags, the page tree of a PDF).</summary>
    public int MaxNestingDepth { get; init; } = 512;

    /// <summary>Characters of text one document may hold.</summary>
    public int MaxTextChars { get; init; } = 20_000_000;

    /// <summary>Pages one document may have.</summary>
    public int MaxPages { get; init; } = 5_000;

    /// <summary>Bytes of an HTML or text file, before it is parsed.</summary>
    public long MaxMarkupBytes { get; init; } = 32L * 1024 * 1024;

    public static ReadLimits Default { get; } = new();
}
