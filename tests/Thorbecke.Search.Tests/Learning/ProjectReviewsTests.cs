using Thorbecke.Core.Agendas;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Tests.Learning;

/// <summary>The reviews saved in a project teach the matcher, without making it another engine.</summary>
public sealed class ProjectReviewsTests
{
    private static readonly Agenda Vng = BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!;

    private static readonly Core.Documents.Document Programme = LearningCorpus.Programme("nieuw",
        "Wij schaffen de opschalingskorting op het gemeentefonds af, zodat gemeenten hun taken kunnen blijven doen.",
        "Het gemeentefonds groeit voortaan mee met de kosten van gemeenten.",
        "De eigen bijdrage in de Wmo wordt inkomensafhankelijk.",
        "Gemeenten krijgen structureel geld voor de jeugdzorg.");

    private static ExampleSet Reviews(params LabelledCell[] cells) => LearningCorpus.Examples(cells);

    private static AskResult Judge(ExampleSet? reviews, string ask) =>
        new LexicalAskMatcher(reviews: reviews).Match(LearningCorpus.Agenda, Programme).Single(r => r.Ask == ask);

    [Fact]
    public void Should_count_each_review_passed_to_the_matcher_in_the_rationale()
    {
        var two = Reviews(
            LearningCorpus.Cell(LearningCorpus.GrowingFund, "a", Verdict.Support, "Het gemeentefonds moet meegroeien met de kosten."),
            LearningCorpus.Cell(LearningCorpus.GrowingFund, "b", Verdict.Support, "Wij laten het gemeentefonds meegroeien met de uitgaven."));
        var three = two.With(two.AskTexts, [LearningCorpus.Cell(LearningCorpus.GrowingFund, "c", Verdict.Support, "Het gemeentefonds stijgt mee met de taken.")]);

        Assert.Contains("geleerd van 2 beoordelingen", Judge(two, LearningCorpus.GrowingFund).Rationale, StringComparison.Ordinal);
        Assert.Contains("geleerd van 3 beoordelingen", Judge(three, LearningCorpus.GrowingFund).Rationale, StringComparison.Ordinal);
        Assert.DoesNotContain("geleerd", Judge(null, LearningCorpus.GrowingFund).Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_engine_version_whatever_the_reviews()
    {
        var reviews = Reviews(LearningCorpus.Cell(LearningCorpus.GrowingFund, "a", Verdict.Support, "Het gemeentefonds moet meegroeien met de kosten."));

        Assert.Equal(new LexicalAskMatcher().EngineVersion, new LexicalAskMatcher(reviews: reviews).EngineVersion);
    }

    [Fact]
    public void Should_judge_one_ask_exactly_as_a_match_of_the_whole_agenda_does()
    {
        // Reviews of asks in two themes, beside the built-in examples of every ask, so both the ask's own examples and
        // its theme's are in play.
        var reviews = new ExampleSet(Vng.Asks.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal),
        [
            new LabelledCell("formatie-01", "elders", "Elders", Verdict.Oppose, [new ExampleQuote(3, "De opschalingskorting blijft, gemeenten moeten zuiniger zijn.")]),
            new LabelledCell("formatie-02", "elders", "Elders", Verdict.Support, [new ExampleQuote(4, "Het accres van het gemeentefonds wordt hersteld.")]),
            new LabelledCell("kansengelijkheid-02", "elders", "Elders", Verdict.Support, [new ExampleQuote(5, "Structureel geld voor de jeugdzorg.")]),
        ]);
        var matcher = new LexicalAskMatcher(reviews: reviews);
        var full = matcher.Match(Vng, Programme);

        foreach (var ask in Vng.Asks)
        {
            var one = Assert.Single(matcher.Match(Vng, Programme, a => a.Id == ask.Id));
            var expected = full.Single(r => r.Ask == ask.Id);
            Assert.Equal((expected.Verdict, expected.Confidence, expected.Rationale), (one.Verdict, one.Confidence, one.Rationale));
            Assert.Equal(expected.Evidence, one.Evidence);
        }
    }
}
