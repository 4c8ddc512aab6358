namespace Thorbecke.Core.Documents;

/// <summary>The cleaned text of one page. <paramref name="Number"/> is the 1-based page index in the file.</summary>
public sealed record Page(int Number, string Text);
