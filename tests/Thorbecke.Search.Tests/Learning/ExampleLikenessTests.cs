using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;

namespace Thorbecke.Search.Tests.Learning;

/// <summary>Reviewed evidence from one document finds its like in another, inflected or compounded differently.</summary>
public sealed class ExampleLikenessTests
{
    [Fact]
    public void Should_find_in_another_document_the_sentence_most_like_a_reviewed_quote()
    {
        var cell = LearningCorpus.Cell(LearningCorpus.AbolishCut, "elders", Verdict.Support, "Wij schaffen de opschalingskorting op het gemeentefonds af.");
        var programme = LearningCorpus.Programme("nieuw",
            "Gemeenten krijgen meer taken.",
            "De opschalingskortingen op het gemeentefonds worden afgeschaft.",
            "Het gemeentefonds groeit mee met de kosten.");

        var found = DocumentExamples.Find(programme.Passages, [cell]).ForAsk(new HashSet<LabelledCell> { cell }, new HashSet<LabelledCell>());

        var example = Assert.Single(found.Own);
        Assert.Equal(1, example.Passage);
        Assert.True(example.Similarity > 0.5, $"similarity {example.Similarity}");
        var resembling = Assert.Single(found.Passages, p => p.Value.Any(l => l.Sentence.Similarity > 0.5));
        Assert.Equal(1, resembling.Key);
    }

    [Fact]
    public void Should_keep_no_likeness_to_sentences_about_something_else()
    {
        var cell = LearningCorpus.Cell(LearningCorpus.AbolishCut, "elders", Verdict.Support, "Wij schaffen de opschalingskorting op het gemeentefonds af.");
        var programme = LearningCorpus.Programme("nieuw", "Wij planten meer bomen langs de dijken.");

        var found = DocumentExamples.Find(programme.Passages, [cell]).ForAsk(new HashSet<LabelledCell> { cell }, new HashSet<LabelledCell>());

        Assert.True(found.Own[0].Similarity < DocumentExamples.Floor, $"similarity {found.Own[0].Similarity}");
        Assert.Empty(found.Passages);
    }
}
