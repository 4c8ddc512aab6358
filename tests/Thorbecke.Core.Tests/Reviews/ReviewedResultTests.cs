using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Reviews;

public sealed class ReviewedResultTests
{
    private static readonly AskResult Machine = new("wonen-01", "doc", Verdict.Support, 0.8,
        [new Evidence(12, "Wij bouwen meer.", 3), new Evidence(12, "Ook sociale huur.", 2), new Evidence(4, "Regie bij gemeenten.", 1)], "De tekst noemt het.");

    private static Review Review(int version, Verdict verdict, string? comment, params ReviewEvidence[] evidence) =>
        new("wonen-01", "doc", version, verdict, verdict == Verdict.Support, evidence, comment, "anna", DateTimeOffset.UnixEpoch.AddDays(version));

    [Fact]
    public void Should_show_the_machine_when_nobody_reviewed_the_cell()
    {
        var cell = new ReviewedResult(Machine, null);

        Assert.Equal(Verdict.Support, cell.Verdict);
        Assert.Equal([12, 4], cell.Pages);
        Assert.Null(cell.Comment);
        Assert.Null(cell.Reviewer);
        Assert.False(cell.HasReviewerEvidence);
    }

    [Fact]
    public void Should_show_the_reviewers_verdict_quotes_and_comment()
    {
        var cell = new ReviewedResult(Machine, Review(1, Verdict.Oppose, "Ironie.", new ReviewEvidence(7, "Nooit meer bouwen.")));

        Assert.Equal(Verdict.Oppose, cell.Verdict);
        Assert.Equal(Verdict.Support, cell.MachineVerdict);
        Assert.Equal([new ReviewEvidence(7, "Nooit meer bouwen.")], cell.Evidence);
        Assert.Equal([7], cell.Pages);
        Assert.Equal("Ironie.", cell.Comment);
        Assert.Equal("anna", cell.Reviewer);
    }

    [Fact]
    public void Should_keep_the_machine_quotes_and_drop_a_blank_comment_when_the_reviewer_gave_none()
    {
        var cell = new ReviewedResult(Machine, Review(1, Verdict.Partial, "  "));

        Assert.Equal(Verdict.Partial, cell.Verdict);
        Assert.Equal(3, cell.Evidence.Count);
        Assert.Null(cell.Comment);
    }

    [Fact]
    public void Should_lay_the_latest_version_of_a_cells_review_over_the_result()
    {
        var cells = ReviewedResult.Combine([Machine], [Review(2, Verdict.Oppose, null), Review(1, Verdict.None, null)]);

        Assert.Equal(Verdict.Oppose, Assert.Single(cells).Verdict);
    }
}
