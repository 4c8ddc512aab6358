using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;
using static Thorbecke.Search.Tests.Learning.LearningCorpus;

namespace Thorbecke.Search.Tests.Learning;

/// <summary>Cross-validation is honest: a document's verdicts never depend on its own labels.</summary>
public sealed class ModelTrainingTests
{
    private static readonly MatcherOptions Options = new();

    private static readonly (Document Document, string[] Statements)[] Programmes =
    [
        (Programme("a", "Wij schaffen de opschalingskorting af.", "Het gemeentefonds groeit mee met de kosten.", "De Wmo-bijdrage wordt inkomensafhankelijk."), []),
        (Programme("b", "De opschalingskorting moet van tafel.", "Gemeenten krijgen geld dat meegroeit met hun kosten."), []),
        (Programme("c", "Wij houden de opschalingskorting in stand.", "De eigen bijdrage in de Wmo schaffen we af."), []),
        (Programme("d", "De opschalingskorting verdwijnt.", "Het gemeentefonds wordt geïndexeerd op de echte kosten.", "De eigen bijdrage wordt inkomensafhankelijk."), []),
    ];

    private static GoldLabelSet Labels(Document document, Verdict first) => new(document.Info.Id, document.Info.Party,
    [
        Label(AbolishCut, first, 1, document.Pages[0].Text),
        Label(GrowingFund, Verdict.Support, 2, document.Pages[1].Text),
        Label(Contribution, Verdict.Partial, 3, document.Pages[2].Text),
    ]);

    private static IReadOnlyList<AskResult> CrossValidate(Verdict labelOfA)
    {
        var labelled = Programmes.Select(p => (p.Document, Labels(p.Document, p.Document.Info.Id == "a" ? labelOfA : Verdict.Support))).ToList();
        var (cases, examples) = ModelTraining.Collect(Agenda, labelled, Options);
        return ModelTraining.CrossValidate(cases, examples, Options);
    }

    [Fact]
    public void Should_judge_each_document_only_by_what_the_others_reviewed()
    {
        var honest = CrossValidate(Verdict.Support);
        var contradicted = CrossValidate(Verdict.Oppose);

        // Document a's own label changed; its verdicts, confidences and evidence must not move.
        Assert.Equal(
            honest.Where(r => r.Document == "a").Select(r => (r.Ask, r.Verdict, r.Confidence, r.Rationale)),
            contradicted.Where(r => r.Document == "a").Select(r => (r.Ask, r.Verdict, r.Confidence, r.Rationale)));
        Assert.Equal(Programmes.Length * Agenda.Asks.Count, honest.Count);
    }

    [Fact]
    public void Should_learn_from_the_labels_of_the_other_documents()
    {
        var honest = CrossValidate(Verdict.Support);
        var contradicted = CrossValidate(Verdict.Oppose);

        // The other documents learned from a's label, so something about them must change with it.
        Assert.NotEqual(
            honest.Where(r => r.Document != "a").Select(r => (r.Verdict, r.Confidence)),
            contradicted.Where(r => r.Document != "a").Select(r => (r.Verdict, r.Confidence)));
    }

    [Fact]
    public void Should_read_back_the_model_it_writes()
    {
        var shipped = LearnedModel.BuiltIn!;

        var read = LearnedModel.Parse(shipped.ToJson());

        Assert.Equal(shipped.ToJson(), read.ToJson());
        Assert.Equal(shipped.Fingerprint, read.Fingerprint);
    }
}
