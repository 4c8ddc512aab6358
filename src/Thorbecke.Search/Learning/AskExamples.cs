namespace Thorbecke.Search.Learning;

/// <summary>
/// What one document shows of the reviewed examples of one ask: for each example cell its most similar sentence here,
/// the same for the other asks of the theme, and which passages resemble the ask's examples.
/// </summary>
internal sealed class AskExamples(
    IReadOnlyList<AskExample> own,
    IReadOnlyList<AskExample> theme,
    IReadOnlyDictionary<int, IReadOnlyList<PassageLikeness>> passages)
{
    public static AskExamples None { get; } = new([], [], new Dictionary<int, IReadOnlyList<PassageLikeness>>());

    /// <summary>The examples of this ask, one per reviewed cell.</summary>
    public IReadOnlyList<AskExample> Own { get; } = own;

    /// <summary>The examples of the other asks of the same theme.</summary>
    public IReadOnlyList<AskExample> Theme { get; } = theme;

    /// <summary>By passage index, the ask's examples that passage resembles (at least <see cref="DocumentExamples.Floor"/>).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<PassageLikeness>> Passages { get; } = passages;
}

/// <summary>An example cell and how closely this document's most similar sentence (in <paramref name="Passage"/>) resembles its quotes.</summary>
internal sealed record AskExample(LabelledCell Cell, double Similarity, int Passage);
