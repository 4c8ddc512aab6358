using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Projection;
using Thorbecke.Finance.Series;
using static Thorbecke.Finance.Tests.Economies;

namespace Thorbecke.Finance.Tests;

/// <summary>
/// The model reproduces figures published elsewhere from their published inputs (sources in
/// ../shared/reference/gemeentefonds.md and src/Thorbecke.Finance.Files/Data/invoer-nl.csv).
/// </summary>
public class PublishedFiguresTests
{
    [Fact]
    public void Should_reproduce_the_2357_euro_per_inhabitant_of_the_2024_municipal_budgets()
    {
        // CBS 83641NED (Iv3 begrotingen 2024): "AU en ov. uitkeringen GF" EUR 42.296 bn, EUR 2,357 per inhabitant.
        // Population 1 January 2024: 17,942,942 (CBS 37230ned).
        var economy = Simple() with { Inhabitants = Economies.Series("inwoners", (2024, 17_942_942m)) };
        var inputs = new FundInputs(2024, new Figure(42_296 * Million, "CBS 83641NED"), economy);

        var year = FundModel.Project(new Scenario("iv3", "Iv3 2024", new TrapOpTrapAf(), 2024, 2024, []), inputs).For(2024);

        Assert.Equal(2_357m, decimal.Round(year.PerInhabitant));
    }

    [Fact]
    public void Should_reproduce_the_675_million_the_Voorjaarsnota_2024_scrapped_from_the_opschalingskorting()
    {
        // The schedule would reach EUR 975 mln for gemeenten (RTV Oost, VNG); its increase was frozen with a base of
        // EUR 300 mln (Kamervragen 2021Z14719). Binnenlands Bestuur, VNG and gemeente.nu report the scrapped increase
        // from 2026 as EUR 675 mln.
        var full = new OpschalingskortingLever("oploop", "", YearSeries.Of((2026, 975 * Million)), Active: true);
        var frozen = new OpschalingskortingLever("bevroren", "", YearSeries.Of((2026, 300 * Million)), Active: true);
        var comparison = new ScenarioComparison([Run(full), Run(frozen)]);

        Assert.Equal(675 * Million, comparison.Difference(comparison.Projections[1], 2026));

        static FundProjection Run(Lever lever) =>
            FundModel.Project(new Scenario("s", "S", new TrapOpTrapAf(), 2026, 2026, [lever]), Fund40Billion());
    }

    [Fact]
    public void Should_derive_the_2026_volume_part_from_the_CBS_growth_figures_2017_2024()
    {
        // CBS, De Nederlandse economie in 2024, fig. 2.1: 2.8, 2.3, 2.3, -3.9, 6.3, 5.0, 0.1, 1.0 -> mean 1.9875%.
        var economy = Simple() with
        {
            RealGdpGrowth = Economies.Series("bbp-volume", (2017, 0.028m), (2018, 0.023m), (2019, 0.023m), (2020, -0.039m),
                (2021, 0.063m), (2022, 0.050m), (2023, 0.001m), (2024, 0.010m)),
        };

        Assert.Equal(0.019875m, BbpSystematiek.VolumePart(2026, economy));
    }
}
