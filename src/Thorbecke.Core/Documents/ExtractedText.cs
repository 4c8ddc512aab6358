namespace Thorbecke.Core.Documents;

/// <summary>What a document reader produces: pages, the passages on them and, if the file names one, its title.</summary>
public sealed record ExtractedText(IReadOnlyList<Page> Pages, IReadOnlyList<Passage> Passages, string? Title = null)
{
    /// <summary>See <see cref="DocumentInfo.PrintedPageOffset"/>: found from the numbers printed in the page margins.</summary>
    public int PrintedPageOffset { get; init; }
}
