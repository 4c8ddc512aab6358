using Thorbecke.Application.Engine;
using Thorbecke.Application.Timelines;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Timelines;
using Thorbecke.Ingest.Corpus;
using Thorbecke.Testing;
using Thorbecke.Testing.Timelines;

namespace Thorbecke.Application.Tests.Timelines;

/// <summary>
/// The written formation scanned with the built-in engine and agenda: the timeline of "schaf de opschalingskorting
/// af" runs from the programmes through the agreement's commitment to the Voorjaarsnota that weakens it.
/// </summary>
public sealed class ProjectTimelinesTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ProjectBuilder project = new();
    private readonly ScanReport report;

    public ProjectTimelinesTests()
    {
        var inputs = ScanInputs.FromPaths([TimelineCorpus.WriteTo(folder.File("formatie"))]);
        report = project.Scan.Run(BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!, inputs.Inputs, new EngineSettings());
    }

    public void Dispose()
    {
        project.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Should_lay_out_the_documents_in_date_order_with_the_undated_note_last()
    {
        var timeline = Timeline();

        Assert.Equal(TimelineCorpus.Files, timeline.Steps.Select(s => s.Document.File));
        Assert.Equal(TimelineCorpus.LetterDate, timeline.Steps[3].Document.Date);
        Assert.Null(timeline.Steps[^1].Document.Date);
    }

    [Fact]
    public void Should_take_the_status_from_the_voorjaarsnota_and_judge_the_agreements_commitment_weakened()
    {
        var timeline = Timeline();

        Assert.Equal(AskStatus.Partial, timeline.Status);
        Assert.Equal("voorjaarsnota.md", timeline.StatusSince!.Document.File);
        Assert.Equal(TimelineCorpus.AgreementQuote, timeline.Commitment!.Made.Quote!.Quote);
        Assert.Equal(CommitmentOutcome.Weakened, timeline.Commitment.Outcome);
        Assert.Equal([null, null, null, CommitmentOutcome.Kept, CommitmentOutcome.Weakened, null], timeline.Steps.Select(s => s.Judged));
    }

    [Fact]
    public void Should_list_only_the_opschalingskorting_as_moved_since_march()
    {
        var changes = ProjectTimelines.Changes(report, new DateOnly(2026, 3, 1));

        var change = Assert.Single(changes.Changes);
        Assert.Equal(TimelineCorpus.Ask, change.Now.Ask.Id);
        Assert.Equal(["kamerbrief.md", "voorjaarsnota.md"], changes.NewDocuments.Select(d => d.File));
    }

    [Fact]
    public void Should_put_the_amount_the_voorjaarsnota_ties_to_the_ask_on_its_step()
    {
        var budget = report.Documents.Single(d => d.File == "voorjaarsnota.md");

        var amounts = new DocumentMoney(project.Store).Amounts(report, report.Documents.Select(d => d.Id));

        var amount = Assert.Single(amounts.For(TimelineCorpus.Ask, budget.Id));
        Assert.Equal("€ 300 miljoen", amount.AmountText);
        Assert.StartsWith("In 2026 wordt € 300 miljoen van de korting teruggedraaid", amount.Quote, StringComparison.Ordinal);
    }

    private AskTimeline Timeline() => ProjectTimelines.For(report).Single(t => t.Ask.Id == TimelineCorpus.Ask);
}
