namespace Thorbecke.Core.Documents;

/// <summary>A paragraph-sized piece of a page, the unit that is searched and quoted as evidence.</summary>
/// <param name="Index">0-based position of the passage in its document.</param>
/// <param name="Page">1-based page the passage is on; its text occurs verbatim in that page's text (up to whitespace).</param>
/// <param name="Text">The passage text.</param>
/// <param name="HeadingPath">The headings above the passage, outermost first.</param>
public sealed record Passage(int Index, int Page, string Text, IReadOnlyList<string> HeadingPath)
{
    public string Heading => HeadingPath.Count == 0 ? "" : HeadingPath[^1];
}
