namespace Thorbecke.Text.Finding;

/// <summary>How <see cref="PassageFinder"/> searches; the defaults suit a paragraph searched in a programme.</summary>
/// <param name="MaxHits">The most hits returned, best first.</param>
/// <param name="MinScore">Paraphrases scoring lower are left out: below about a half, a page shares a topic, not a text.</param>
/// <param name="MinParaphraseWords">
/// Passages with fewer distinct content words are only searched verbatim: with three words, any page on the
/// same topic would read as a paraphrase.
/// </param>
/// <param name="WindowSlack">How much longer than the passage a paraphrase may be, as a factor of its content words.</param>
public sealed record PassageFinderOptions(int MaxHits = 5, double MinScore = 0.5, int MinParaphraseWords = 4, double WindowSlack = 1.5)
{
    public static PassageFinderOptions Default { get; } = new();
}
