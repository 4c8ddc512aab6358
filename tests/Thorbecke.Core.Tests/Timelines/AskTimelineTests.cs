using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Timelines;

/// <summary>
/// An ask's timeline: documents in date order (undated last), the status from the latest dated cabinet document that
/// speaks, and a commitment from the agreement judged by the documents after it.
/// </summary>
public sealed class AskTimelineTests
{
    private static readonly Ask Ask = new("formatie-01", "Formatie", "Schaf de opschalingskorting af.");

    private static readonly DocumentInfo Programme = Doc("rood", DocumentKinds.Programme, new DateOnly(2025, 9, 1));
    private static readonly DocumentInfo Agreement = Doc("akkoord", DocumentKinds.Agreement, new DateOnly(2026, 1, 20));
    private static readonly DocumentInfo Letter = Doc("brief", DocumentKinds.Letter, new DateOnly(2026, 3, 12));
    private static readonly DocumentInfo Budget = Doc("voorjaarsnota", DocumentKinds.Budget, new DateOnly(2026, 4, 15));
    private static readonly DocumentInfo Undated = Doc("notitie", DocumentKinds.Letter, null);
    private static readonly DocumentInfo Quiet = Doc("stil", DocumentKinds.Letter, new DateOnly(2026, 5, 1));

    [Fact]
    public void Should_order_by_date_put_undated_documents_last_and_leave_silent_ones_off()
    {
        var timeline = Build((Undated, Verdict.Oppose), (Budget, Verdict.Partial), (Quiet, Verdict.None), (Programme, Verdict.Support), (Agreement, Verdict.Support), (Letter, Verdict.Support));

        Assert.Equal(["rood", "akkoord", "brief", "voorjaarsnota", "notitie"], timeline.Steps.Select(s => s.Document.File));
        Assert.Equal(1, timeline.SilentDocuments);
        Assert.Equal(["notitie"], timeline.Undated.Select(s => s.Document.File));
    }

    [Fact]
    public void Should_take_the_status_from_the_latest_dated_cabinet_document_and_mark_where_it_changed()
    {
        var timeline = Build((Programme, Verdict.Oppose), (Agreement, Verdict.Support), (Letter, Verdict.Support), (Budget, Verdict.Partial), (Undated, Verdict.Oppose));

        Assert.Equal(AskStatus.Partial, timeline.Status);
        Assert.Same(Budget, timeline.StatusSince!.Document);
        Assert.Equal([false, true, false, true, false], timeline.Steps.Select(s => s.ChangedStatus));
        Assert.Null(timeline.Steps[0].Status);
        Assert.Null(timeline.Steps[^1].Status);
    }

    [Fact]
    public void Should_judge_a_commitment_by_the_cabinet_documents_after_it()
    {
        var timeline = Build((Agreement, Verdict.Support), (Letter, Verdict.Support), (Budget, Verdict.Partial));

        var commitment = timeline.Commitment!;
        Assert.Same(Agreement, commitment.Made.Document);
        Assert.Equal(CommitmentOutcome.Weakened, commitment.Outcome);
        Assert.Same(Budget, commitment.JudgedBy!.Document);
        Assert.Equal([null, CommitmentOutcome.Kept, CommitmentOutcome.Weakened], timeline.Steps.Select(s => s.Judged));
    }

    [Theory]
    [InlineData(Verdict.Support, CommitmentOutcome.Fulfilled)]
    [InlineData(Verdict.Partial, CommitmentOutcome.Weakened)]
    [InlineData(Verdict.Oppose, CommitmentOutcome.Broken)]
    public void Should_call_a_budget_that_pays_for_a_commitment_fulfilled(Verdict budget, CommitmentOutcome outcome) =>
        Assert.Equal(outcome, Build((Agreement, Verdict.Support), (Budget, budget)).Commitment!.Outcome);

    [Fact]
    public void Should_make_no_commitment_when_the_agreement_only_partly_adopts_or_a_letter_adopts()
    {
        Assert.Null(Build((Agreement, Verdict.Partial), (Budget, Verdict.Support)).Commitment);
        Assert.Null(Build((Letter, Verdict.Support)).Commitment);
        Assert.Equal(CommitmentOutcome.Open, Build((Agreement, Verdict.Support)).Commitment!.Outcome);
    }

    [Fact]
    public void Should_stay_silent_when_only_programmes_and_undated_documents_speak()
    {
        var timeline = Build((Programme, Verdict.Support), (Undated, Verdict.Support));

        Assert.Equal(AskStatus.Silent, timeline.Status);
        Assert.Null(timeline.StatusSince);
        Assert.Null(timeline.Commitment);
        Assert.Equal(2, timeline.Steps.Count);
    }

    [Fact]
    public void Should_follow_a_reviewed_verdict_over_the_machine()
    {
        var review = new Review(Ask.Id, Budget.Id, 1, Verdict.Support, false, [], null, "analist", DateTimeOffset.UnixEpoch);
        var timeline = AskTimeline.Build(Ask, [
            (Agreement, Cell(Agreement, Verdict.Support)),
            (Budget, new ReviewedResult(Machine(Budget, Verdict.Partial), review)),
        ]);

        Assert.Equal(AskStatus.Committed, timeline.Status);
        Assert.Equal(CommitmentOutcome.Fulfilled, timeline.Commitment!.Outcome);
    }

    [Fact]
    public void Should_put_a_programme_before_an_agreement_of_the_same_day()
    {
        var sameDay = Programme with { Date = Agreement.Date };

        var timeline = Build((Agreement, Verdict.Support), (sameDay, Verdict.Support));

        Assert.Equal(["rood", "akkoord"], timeline.Steps.Select(s => s.Document.File));
    }

    [Fact]
    public void Should_show_the_timeline_as_it_stood_before_a_day()
    {
        var timeline = Build((Agreement, Verdict.Support), (Letter, Verdict.Support), (Budget, Verdict.Partial), (Undated, Verdict.Oppose));

        var before = timeline.Before(new DateOnly(2026, 3, 12));

        Assert.Equal(AskStatus.Committed, before.Status);
        Assert.Equal(CommitmentOutcome.Open, before.Commitment!.Outcome);
        Assert.Equal(["akkoord"], before.Steps.Select(s => s.Document.File));
    }

    [Fact]
    public void Should_list_the_asks_that_moved_since_a_day_with_the_documents_that_moved_them()
    {
        var other = new Ask("wonen-01", "Wonen", "Bouw meer woningen.");
        var documents = new[] { Programme, Agreement, Letter, Budget, Undated };
        var verdicts = new Dictionary<(string, string), Verdict>
        {
            [(Ask.Id, Agreement.Id)] = Verdict.Support,
            [(Ask.Id, Letter.Id)] = Verdict.Support,
            [(Ask.Id, Budget.Id)] = Verdict.Partial,
            [(other.Id, Agreement.Id)] = Verdict.Support,
        };
        var agenda = new Agenda("test", "Test", [Ask, other]);
        var timelines = AskTimeline.ForAgenda(agenda, documents, (a, d) => Cell(d, verdicts.GetValueOrDefault((a.Id, d.Id)), a));

        var changes = ChangeReport.Of(timelines, documents, new DateOnly(2026, 3, 1));

        var change = Assert.Single(changes.Changes);
        Assert.Equal((AskStatus.Committed, AskStatus.Partial), (change.Before, change.After));
        Assert.Equal((CommitmentOutcome.Open, CommitmentOutcome.Weakened), (change.CommitmentBefore!.Value, change.CommitmentAfter!.Value));
        Assert.Equal(["brief", "voorjaarsnota"], change.MovedBy.Select(s => s.Document.File));
        Assert.Equal(["brief", "voorjaarsnota"], changes.NewDocuments.Select(d => d.File));
        Assert.Equal(1, changes.UndatedDocuments);
        Assert.Empty(ChangeReport.Of(timelines, documents, new DateOnly(2026, 5, 1)).Changes);
    }

    private static AskTimeline Build(params (DocumentInfo Document, Verdict Verdict)[] cells) =>
        AskTimeline.Build(Ask, cells.Select(c => (c.Document, Cell(c.Document, c.Verdict))));

    private static ReviewedResult Cell(DocumentInfo document, Verdict verdict, Ask? ask = null) => new(Machine(document, verdict, ask), null);

    private static AskResult Machine(DocumentInfo document, Verdict verdict, Ask? ask = null) =>
        new((ask ?? Ask).Id, document.Id, verdict, 0.5, verdict == Verdict.None ? [] : [new Evidence(1, $"Zin uit {document.File}.", 1)], "");

    private static DocumentInfo Doc(string name, string kind, DateOnly? date) =>
        new(name.PadRight(16, '0')[..16], name, name, "Partij", kind, name, null, 1) { Date = date };
}
