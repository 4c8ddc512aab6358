using Thorbecke.Core.Documents;
using Thorbecke.Search.Learning;

namespace Thorbecke.Search.Matching;

/// <summary>
/// A passage considered as evidence for one ask, with its best sentence and the signals that order the evidence:
/// its lexical match (found in the index, or only for resembling reviewed evidence), its likeness to examples and the
/// stance of its quoted sentence towards the claim of the ask it speaks to.
/// </summary>
internal sealed record Candidate(
    Passage Passage,
    IReadOnlySet<string> Terms,
    double Bm25,
    double Coverage,
    double RankScore,
    QuoteChoice Choice,
    double HeadingCoverage,
    bool QuoteNamesSubject,
    bool FoundInIndex,
    IReadOnlyList<PassageLikeness> Likeness,
    Stance.Position Stance)
{
    public string Quote => Choice.Quote;

    public string Sentence => Choice.Sentence;

    /// <summary>How much the passage resembles the reviewed evidence that <paramref name="allowed"/> lets the engine use.</summary>
    public double ExampleSimilarity(Func<LabelledCell, bool> allowed)
    {
        var best = 0.0;
        foreach (var likeness in Likeness)
        {
            if (likeness.Sentence.Similarity > best && allowed(likeness.Cell))
            {
                best = likeness.Sentence.Similarity;
            }
        }

        return best;
    }
}
