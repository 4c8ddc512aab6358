using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Tests.Learning;

/// <summary>The learned judge with the shipped weights, fed with examples written here.</summary>
public sealed class LearnedJudgeTests
{
    private static readonly LearnedModel Shipped = LearnedModel.BuiltIn!;

    private static readonly Core.Documents.Document Programme = LearningCorpus.Programme("nieuw",
        "Wij schaffen de opschalingskorting op het gemeentefonds af, zodat gemeenten hun taken kunnen blijven doen.",
        "Het gemeentefonds groeit voortaan mee met de kosten van gemeenten.",
        "De eigen bijdrage in de Wmo wordt inkomensafhankelijk.");

    private static LearnedModel With(ExampleSet examples) => new(examples, Shipped.Judge, Shipped.Ranker);

    private static AskResult Judge(LearnedModel? model, string ask) =>
        new LexicalAskMatcher(model: model).Match(LearningCorpus.Agenda, Programme).Single(r => r.Ask == ask);

    private static AskResult ZeroShot(string ask) =>
        new LexicalAskMatcher(judge: LexicalAskMatcher.ZeroShotJudge(new MatcherOptions())).Match(LearningCorpus.Agenda, Programme).Single(r => r.Ask == ask);

    [Fact]
    public void Should_judge_an_ask_nobody_reviewed_as_the_zero_shot_engine_does()
    {
        var model = With(LearningCorpus.Examples(LearningCorpus.Cell(LearningCorpus.AbolishCut, "a", Verdict.Support, "Weg met de opschalingskorting.")));

        var learned = Judge(model, LearningCorpus.Contribution);
        var zeroShot = ZeroShot(LearningCorpus.Contribution);

        Assert.Equal(zeroShot.Verdict, learned.Verdict);
        Assert.Equal(zeroShot.Rationale, learned.Rationale);
        Assert.Equal(zeroShot.Evidence.Select(e => e.Page), learned.Evidence.Select(e => e.Page));
    }

    [Fact]
    public void Should_never_learn_from_the_documents_own_reviews()
    {
        var own = LearningCorpus.Examples(
            LearningCorpus.Cell(LearningCorpus.AbolishCut, Programme.Info.Id, Verdict.Oppose, "Wij schaffen de opschalingskorting op het gemeentefonds af."));

        var learned = Judge(With(own), LearningCorpus.AbolishCut);

        Assert.Equal(ZeroShot(LearningCorpus.AbolishCut).Rationale, learned.Rationale);
        Assert.DoesNotContain("geleerd", learned.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_how_many_reviews_a_verdict_was_learned_from()
    {
        var model = With(LearningCorpus.Examples(
            LearningCorpus.Cell(LearningCorpus.GrowingFund, "a", Verdict.Support, "Het gemeentefonds moet meegroeien met de kosten."),
            LearningCorpus.Cell(LearningCorpus.GrowingFund, "b", Verdict.Support, "Wij laten het gemeentefonds meegroeien met de uitgaven."),
            new LabelledCell(LearningCorpus.GrowingFund, "c", "c", Verdict.None, [])));

        var learned = Judge(model, LearningCorpus.GrowingFund);

        Assert.Contains("geleerd van 3 beoordelingen", learned.Rationale, StringComparison.Ordinal);
        Assert.NotEqual(Verdict.None, learned.Verdict);
        Assert.Equal(2, learned.Evidence[0].Page);
    }
}
