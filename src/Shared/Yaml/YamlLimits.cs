namespace Thorbecke.Yaml;

/// <summary>
/// How far an agenda or scenario file may go. Real files stay far below each limit (a few hundred lines, nesting
/// of four or five levels, no references); a crafted file beyond them would exhaust the stack, memory or time.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The largest file, in bytes, and the longest text, in characters: 4 MiB.</summary>
    public const int MaxSize = 4 * 1024 * 1024;

    /// <summary>Nesting of lists and objects; the object model is read recursively, so this bounds the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>References (<c>*naam</c>) to an anchor; a handful of them can expand into billions of nodes.</summary>
    public const int MaxAliases = 10;

    /// <summary>One text value; a long justification is a few thousand characters.</summary>
    public const int MaxScalarLength = 100_000;

    /// <summary>Values in the whole file; an agenda of a hundred asks has a few thousand.</summary>
    public const int MaxNodes = 200_000;
}
