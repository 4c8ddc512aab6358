using Thorbecke.Application.Engine;
using Thorbecke.Application.Reviews;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Application.Tests.Reviews;

/// <summary>Saving a review: the same rules for the form and the API, and a conflict instead of a lost save.</summary>
public sealed class ReviewRulesTests : IDisposable
{
    private readonly ProjectBuilder project = new();
    private readonly ScanReport latest;

    public ReviewRulesTests()
    {
        latest = project.Scan.Run(ProjectBuilder.Agenda, [ProjectBuilder.Programme("Rood", "Wij schaffen de opschalingskorting op het gemeentefonds af.")], new EngineSettings());
    }

    private string Ask => latest.Agenda.Asks[0].Id;

    private string Document => latest.Documents[0].Id;

    [Fact]
    public void Should_save_a_quote_that_is_verbatim_on_its_page_and_mark_an_agreeing_verdict_confirmed()
    {
        var machine = latest.Find(Ask, Document)!.Verdict;

        var outcome = Save(machine.ToString(), [new ReviewEvidence(1, "Wij schaffen de  opschalingskorting\nop het gemeentefonds af.")]);

        Assert.NotNull(outcome.Saved);
        Assert.True(outcome.Saved.Confirmed);
    }

    [Fact]
    public void Should_refuse_a_quote_that_is_not_on_its_page()
    {
        var outcome = Save("oppose", [new ReviewEvidence(1, "Wij houden de opschalingskorting.")]);

        Assert.Null(outcome.Saved);
        Assert.Equal("Het citaat staat niet letterlijk op pagina 1: \"Wij houden de opschalingskorting.\".", outcome.Error);
        Assert.Empty(project.Store.ReviewHistory(Ask, Document));
    }

    [Fact]
    public void Should_refuse_a_version_that_does_not_exist()
    {
        var outcome = Save("oppose", [], seen: 3);

        Assert.Equal("Versie 3 van deze cel bestaat niet; de laatste is 0.", outcome.Error);
    }

    [Fact]
    public void Should_give_the_newer_version_when_two_reviewers_saved_from_the_same_one()
    {
        Save("oppose", []);

        var second = Save("support", [], reviewer: "bert");

        Assert.Null(second.Saved);
        Assert.Equal(("anna", 1), (second.Conflict?.Reviewer, second.Conflict?.Version));
    }

    public void Dispose() => project.Dispose();

    private ReviewOutcome Save(string verdict, IReadOnlyList<ReviewEvidence> evidence, int seen = 0, string reviewer = "anna") =>
        ReviewSaving.Save(project.Store, latest, new ReviewDraft(Ask, Document, verdict, evidence, null, seen), reviewer);
}
