using Thorbecke.Core.Agendas;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Search.Tests.Learning;

public sealed class ExampleSetTests
{
    [Fact]
    public void Should_not_lend_examples_to_an_ask_that_reuses_the_id_for_another_question()
    {
        var examples = LearningCorpus.Examples(LearningCorpus.Cell(LearningCorpus.AbolishCut, "a", Verdict.Support, "Weg met de opschalingskorting."));

        Assert.Single(examples.For(LearningCorpus.Agenda.Asks[0]));
        Assert.Empty(examples.For(new Ask(LearningCorpus.AbolishCut, "Financiën", "Verhoog het accres van het gemeentefonds.")));
    }

    [Fact]
    public void Should_let_a_new_review_replace_the_example_of_the_same_cell()
    {
        var examples = LearningCorpus.Examples(
            LearningCorpus.Cell(LearningCorpus.AbolishCut, "a", Verdict.Support, "Weg met de opschalingskorting."),
            LearningCorpus.Cell(LearningCorpus.AbolishCut, "b", Verdict.Partial, "Gemeenten verdienen meer geld."));

        var reviewed = examples.With(examples.AskTexts, [LearningCorpus.Cell(LearningCorpus.AbolishCut, "a", Verdict.Oppose, "De opschalingskorting blijft.")]);

        Assert.Equal(2, reviewed.Cells.Count);
        Assert.Equal(Verdict.Oppose, reviewed.Cells.Single(c => c.Source == "a").Verdict);
    }
}
