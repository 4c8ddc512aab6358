namespace Thorbecke.Text.Words;

/// <summary>A word of a text: its folded form (lower case, no accents) and where it stands in the text.</summary>
internal readonly record struct TextWord(string Folded, TextSpan Span);
