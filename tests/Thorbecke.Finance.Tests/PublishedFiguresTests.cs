using Thorbecke.Finance.Files.Inputs;
using Thorbecke.Finance.Files.Workbench;
using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Projection;
using Thorbecke.Finance.Series;
using Thorbecke.Testing;
using static Thorbecke.Finance.Tests.Economies;

namespace Thorbecke.Finance.Tests;

/// <summary>
/// The model reproduces figures published elsewhere from their published inputs (sources in
/// ../shared/reference/gemeentefonds.md and src/Thorbecke.Finance.Files/Data/invoer-nl.csv).
/// </summary>
public class PublishedFiguresTests
{
    /// <summary>
    /// The algemene uitkering of the Meicirculaire gemeentefonds 2025 (BZK, 28 May 2025), in € mln, as BMC quotes it
    /// above its table "Overzicht verloop algemene uitkering (bedragen x € 1 miljoen)" in "Meicirculaire biedt
    /// verlichting, val kabinet vergroot onzekerheid voor gemeenten" (5 June 2025, https://www.bmc.nl/actueel/
    /// meicirculaire-biedt-verlichting-val-kabinet-vergroot-onzekerheid-voor-gemeenten): "bijna € 41 miljard" in 2025,
    /// rising to "bijna € 46 miljard" in 2029. The table itself is an image; no national figure for 2026-2028 was
    /// found in the stored sources (see ../shared/reference/gemeentefonds.md, S20), so those years are checked
    /// through the 2026 accres and the ravijn below, not against a level.
    /// </summary>
    public static TheoryData<int, decimal> Meicirculaire2025() => new()
    {
        { 2025, 41_000m },
        { 2029, 46_000m },
    };

    [Theory]
    [MemberData(nameof(Meicirculaire2025))]
    public void Should_reproduce_the_algemene_uitkering_of_the_Meicirculaire_2025_within_2_percent(int year, decimal published)
    {
        var modelled = Basispad().For(year).Total / Million;

        Assert.InRange(modelled, published * 0.98m, published * 1.02m);
    }

    [Fact]
    public void Should_apply_the_published_accres_of_2026()
    {
        // Meicirculaire 2025: accres 2026 of 4.72% (gemeente Dronten, financiële tussenrapportage 2025-2,
        // "Financiële hoofdlijnen", section 1 "Meicirculaire 2025", https://dronten.begrotingsapp.nl).
        Assert.Equal(0.0472m, decimal.Round(Basispad().For(2026).Rate.Total, 4));
    }

    [Fact]
    public void Should_show_the_2026_ravijn_where_the_accres_tranches_drop_out()
    {
        // VNG, "Nadere duiding accressen gemeentefonds Voorjaarsnota 2024": in 2026 EUR 1,464 mln of the accres
        // tranches 2022-2025 drops out, "zodat in feite sprake is van een negatief reëel accres". The Voorjaarsnota 2024
        // and 2025 amounts (EUR 750 mln, Wmo, "ruim EUR 400 mln" demping) are what lifts 2026 back above 2025.
        var basispad = Basispad();
        var before = basispad.For(2025);
        var ravijn = basispad.For(2026);
        var tranches = Assert.Single(ravijn.Effects, e => e.Lever.Label == "Wegvallende accrestranches 2022-2025").Amount;
        var priceCompensation = before.Total * ravijn.Rate.Price!.Value;

        Assert.Equal(-1_464 * Million, tranches);
        Assert.True(ravijn.Accres + tranches < priceCompensation,
            $"accres {ravijn.Accres / Million:N0} mln minus tranches {-tranches / Million:N0} mln should stay below the price compensation of {priceCompensation / Million:N0} mln");
        Assert.True(ravijn.Total - before.Total < ravijn.Accres, "the levers of 2026 together take more than they add");
    }

    private static FundProjection Basispad()
    {
        var scenario = MoneyFiles.Scenario(Path.Combine(RepoPaths.Root, "scenarios", "basis.yaml")).Scenario;
        return FundModel.Project(scenario, BuiltInInputs.Load().ForProjectionFrom(scenario.FromYear));
    }

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
