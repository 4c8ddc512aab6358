using Thorbecke.Core.Agendas;
using Thorbecke.Core.Comparison;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Comparison;

public sealed class AgreementComparisonTests
{
    private const string Akkoord = "akkoord";

    private static readonly Agenda Agenda = new("test", "Test", [
        new Ask("wonen-01", "Wonen", "Bouw meer sociale huurwoningen."),
        new Ask("wonen-02", "Wonen", "Schrap de verhuurderheffing."),
        new Ask("financien-01", "Financiën", "Schaf de opschalingskorting af."),
        new Ask("zorg-01", "Zorg", "Stop het abonnementstarief in de Wmo."),
    ]);

    private static readonly string[] Programmes = ["pvdg", "ll", "gs"];

    private static ReviewedResult Cell(string ask, string document, Verdict verdict, Review? review = null) =>
        new(new AskResult(ask, document, verdict, 0.7, verdict == Verdict.None ? [] : [new Evidence(3, $"{document} over {ask}.", 5)], "Machine."), review);

    private static Review ReviewOf(string ask, string document, Verdict verdict, params ReviewEvidence[] evidence) =>
        new(ask, document, 1, verdict, false, evidence, null, "anna", DateTimeOffset.UnixEpoch);

    /// <summary>The reference gives each verdict once; the programmes' verdicts rotate so every ask has a different mix.</summary>
    private static List<ReviewedResult> Cells()
    {
        Verdict[] reference = [Verdict.Support, Verdict.Partial, Verdict.None, Verdict.Oppose];
        var cells = Agenda.Asks.Select((a, i) => Cell(a.Id, Akkoord, reference[i])).ToList();
        for (var p = 0; p < Programmes.Length; p++)
        {
            cells.AddRange(Agenda.Asks.Select((a, i) => Cell(a.Id, Programmes[p], VerdictNames.All[(p + i) % VerdictNames.All.Count])));
        }

        return cells;
    }

    private static AskAdoption Row(AgreementComparison comparison, string ask) => comparison.Asks.Single(a => a.Ask.Id == ask);

    [Theory]
    [InlineData("wonen-01", Adoption.Adopted)]
    [InlineData("wonen-02", Adoption.Weakened)]
    [InlineData("financien-01", Adoption.Silent)]
    [InlineData("zorg-01", Adoption.Rejected)]
    public void Should_read_the_references_verdict_as_the_outcome(string ask, Adoption expected)
    {
        var comparison = AgreementComparison.Compare(Agenda, Cells(), Akkoord, Programmes);

        Assert.Equal(expected, Row(comparison, ask).Adoption);
    }

    [Fact]
    public void Should_let_an_analysts_verdict_win_over_the_machines_and_show_their_quote()
    {
        var cells = Cells();
        var index = cells.FindIndex(c => c.Ask == "financien-01" && c.Document == Akkoord);
        cells[index] = cells[index] with { Review = ReviewOf("financien-01", Akkoord, Verdict.Support, new ReviewEvidence(7, "De korting gaat van tafel.")) };

        var row = Row(AgreementComparison.Compare(Agenda, cells, Akkoord, Programmes), "financien-01");

        Assert.Equal(Adoption.Adopted, row.Adoption);
        Assert.True(row.Reference.IsReviewed);
        Assert.Equal(new ReviewEvidence(7, "De korting gaat van tafel."), Assert.Single(row.Reference.Evidence));
    }

    [Fact]
    public void Should_group_the_programmes_by_their_verdict_in_the_order_given()
    {
        // wonen-01: pvdg supports, ll partially, gs opposes.
        var row = Row(AgreementComparison.Compare(Agenda, Cells(), Akkoord, ["gs", "ll", "pvdg"]), "wonen-01");

        Assert.Equal(["pvdg"], row.Supporters.Select(c => c.Document));
        Assert.Equal(["ll"], row.PartialSupporters.Select(c => c.Document));
        Assert.Equal(["gs"], row.Opponents.Select(c => c.Document));
    }

    [Fact]
    public void Should_count_a_programme_by_its_reviewed_verdict()
    {
        var cells = Cells();
        var index = cells.FindIndex(c => c.Ask == "wonen-01" && c.Document == "gs");
        cells[index] = cells[index] with { Review = ReviewOf("wonen-01", "gs", Verdict.Support) };

        var row = Row(AgreementComparison.Compare(Agenda, cells, Akkoord, Programmes), "wonen-01");

        Assert.Equal(["pvdg", "gs"], row.Supporters.Select(c => c.Document));
        Assert.Empty(row.Opponents);
    }

    [Fact]
    public void Should_count_the_outcomes_over_all_asks_and_per_theme_in_agenda_order()
    {
        var comparison = AgreementComparison.Compare(Agenda, Cells(), Akkoord, Programmes);

        Assert.Equal(new AdoptionCounts(Adopted: 1, Weakened: 1, Rejected: 1, Silent: 1), comparison.Counts);
        Assert.Equal(
            [
                new ThemeAdoption("Wonen", new AdoptionCounts(1, 1, 0, 0)),
                new ThemeAdoption("Financiën", new AdoptionCounts(0, 0, 0, 1)),
                new ThemeAdoption("Zorg", new AdoptionCounts(0, 0, 1, 0)),
            ],
            comparison.Themes);
    }

    [Fact]
    public void Should_leave_the_reference_out_of_the_programmes_it_is_compared_with()
    {
        var comparison = AgreementComparison.Compare(Agenda, Cells(), Akkoord, [Akkoord, "ll", "ll"]);

        Assert.Equal(["ll"], comparison.Programmes);
        Assert.DoesNotContain(comparison.Asks.SelectMany(a => a.Supporters), c => c.Document == Akkoord);
    }

    [Fact]
    public void Should_read_a_cell_the_scan_has_no_result_for_as_silent()
    {
        var cells = Cells().Where(c => !(c.Ask == "wonen-01" && c.Document == Akkoord)).ToList();

        var row = Row(AgreementComparison.Compare(Agenda, cells, Akkoord, Programmes), "wonen-01");

        Assert.Equal(Adoption.Silent, row.Adoption);
        Assert.Empty(row.Reference.Evidence);
    }

    [Theory]
    [InlineData(Adoption.Adopted, "overgenomen")]
    [InlineData(Adoption.Weakened, "afgezwakt")]
    [InlineData(Adoption.Silent, "niet genoemd")]
    [InlineData(Adoption.Rejected, "afgewezen")]
    public void Should_name_each_outcome_in_Dutch(Adoption adoption, string label)
    {
        Assert.Equal(label, adoption.ToDutch());
        Assert.Equal(adoption, AdoptionNames.FromVerdict(adoption.ToVerdict()));
    }
}
