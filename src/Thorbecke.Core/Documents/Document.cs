namespace Thorbecke.Core.Documents;

/// <summary>A read document: its description, its pages and its passages.</summary>
public sealed record Document(DocumentInfo Info, IReadOnlyList<Page> Pages, IReadOnlyList<Passage> Passages)
{
    public Page? FindPage(int number) => number >= 1 && number <= Pages.Count && Pages[number - 1].Number == number
        ? Pages[number - 1]
        : Pages.FirstOrDefault(p => p.Number == number);
}
