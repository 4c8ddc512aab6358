using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Projection;
using Thorbecke.Finance.Series;
using static Thorbecke.Finance.Tests.Economies;

namespace Thorbecke.Finance.Tests.Projection;

/// <summary>
/// Every lever on the same hand-computed path: a fund of 40 billion in 2025 growing 3% a year under
/// trap-op-trap-af, so 41.2 billion in 2026 and 42.436 billion in 2027.
/// </summary>
public class FundModelTests
{
    private static FundProjection Project(params Lever[] levers) =>
        FundModel.Project(new Scenario("test", "Test", new TrapOpTrapAf(), 2025, 2027, levers), Fund40Billion());

    public static TheoryData<string, Lever, decimal, decimal> Levers => new()
    {
        { "geen hefboom", new AmountLever("niets", "", LeverKind.Extra, YearSeries.Empty), 41.2m * Billion, 42.436m * Billion },
        {
            "opschalingskorting aan",
            new OpschalingskortingLever("opschalingskorting", "", YearSeries.Of((2026, 675 * Million), (2027, 675 * Million)), Active: true),
            40.525m * Billion, 41.761m * Billion
        },
        {
            "opschalingskorting uit",
            new OpschalingskortingLever("opschalingskorting", "", YearSeries.Of((2026, 675 * Million)), Active: false),
            41.2m * Billion, 42.436m * Billion
        },
        { "accres 2026 bevroren", new AccresLever("bevroren", "", YearSeries.Of((2026, 0m))), 40m * Billion, 41.2m * Billion },
        { "accres 2026 hersteld op 5%", new AccresLever("hersteld", "", YearSeries.Of((2026, 0.05m))), 42m * Billion, 43.26m * Billion },
        { "structureel 728 mln", AmountLever.Structural("jeugd", "", 2026, 2030, 728 * Million), 41.928m * Billion, 43.164m * Billion },
        { "eenmalig 300 mln", AmountLever.OneOff("eenmalig", "", 2026, 300 * Million), 41.5m * Billion, 42.436m * Billion },
        { "bezuiniging positief geschreven", AmountLever.Cut("korting", "", YearSeries.Of((2027, 500 * Million))), 41.2m * Billion, 41.936m * Billion },
        { "bezuiniging negatief geschreven", AmountLever.Cut("korting", "", YearSeries.Of((2027, -500 * Million))), 41.2m * Billion, 41.936m * Billion },
        {
            "2% van 100 miljard zorg",
            new HealthcareShiftLever("zorg", "", 0.02m, YearSeries.Of((2026, 100 * Billion), (2027, 100 * Billion))),
            43.2m * Billion, 44.436m * Billion
        },
        // No volume part under trap-op-trap-af: the 5% cost growth is the whole accres of 2026.
        { "indexatie op kosten", new CostIndexationLever("kosten", "", YearSeries.Of((2026, 0.05m))), 42m * Billion, 43.26m * Billion },
    };

    [Theory]
    [MemberData(nameof(Levers))]
    public void Should_apply_each_lever_as_computed_by_hand(string name, Lever lever, decimal expected2026, decimal expected2027)
    {
        var projection = Project(lever);

        Assert.True(expected2026 == projection.For(2026).Total, $"{name} 2026: {projection.For(2026).Total}");
        Assert.True(expected2027 == projection.For(2027).Total, $"{name} 2027: {projection.For(2027).Total}");
    }

    [Fact]
    public void Should_replace_only_the_price_part_when_indexing_on_costs_under_the_bbp_systematiek()
    {
        var scenario = new Scenario("t", "T", new BbpSystematiek(), 2026, 2026, [new CostIndexationLever("kosten", "", YearSeries.Of((2026, 0.05m)))]);

        var year = FundModel.Project(scenario, Fund40Billion()).For(2026);

        // Volume 4.5% (see BbpSystematiekTests) with costs 5% instead of the 2% deflator: 1.045 x 1.05 - 1 = 9.725%.
        Assert.Equal(0.09725m, year.Rate.Total);
        Assert.Equal(43.89m * Billion, year.Total);
    }

    [Fact]
    public void Should_show_the_accres_in_euros_and_the_amount_per_inhabitant()
    {
        var year = Project().For(2026);

        Assert.Equal(1.2m * Billion, year.Accres);
        Assert.Equal(4120m, year.PerInhabitant);
    }

    [Fact]
    public void Should_refuse_two_levers_that_both_set_the_accres_of_a_year()
    {
        var error = Assert.Throws<FinanceInputException>(() => Project(
            new AccresLever("bevroren", "", YearSeries.Of((2026, 0m))),
            new CostIndexationLever("kosten", "", YearSeries.Of((2026, 0.05m)))));

        Assert.Contains("2026", error.Message);
        Assert.Contains("'bevroren'", error.Message);
    }

    [Fact]
    public void Should_refuse_a_scenario_that_starts_before_the_base_year()
    {
        var scenario = new Scenario("vroeg", "Vroeg", new TrapOpTrapAf(), 2024, 2026, []);

        var error = Assert.Throws<FinanceInputException>(() => FundModel.Project(scenario, Fund40Billion()));

        Assert.Contains("2025", error.Message);
    }

    [Fact]
    public void Should_measure_each_scenario_against_the_first()
    {
        var baseline = Project();
        var extra = Project(AmountLever.Structural("jeugd", "", 2026, 2030, 728 * Million));

        var comparison = new ScenarioComparison([baseline, extra]);

        Assert.Equal([2025, 2026, 2027], comparison.Years);
        Assert.Equal(728 * Million, comparison.Difference(extra, 2026));
        Assert.Equal(72.8m, comparison.DifferencePerInhabitant(extra, 2027));
        Assert.Equal(0m, comparison.Difference(baseline, 2027));
    }

    [Fact]
    public void Should_compare_only_the_years_every_scenario_shows()
    {
        var later = FundModel.Project(new Scenario("laat", "Laat", new TrapOpTrapAf(), 2026, 2027, []), Fund40Billion());

        var comparison = new ScenarioComparison([Project(), later]);

        Assert.Equal([2026, 2027], comparison.Years);
    }
}
