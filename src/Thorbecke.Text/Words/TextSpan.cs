namespace Thorbecke.Text.Words;

/// <summary>A stretch of a text by character offset, for example a word to highlight in a page.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
