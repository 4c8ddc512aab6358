using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Levers;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Projection;
using Thorbecke.Finance.Series;
using Thorbecke.Reports.Money;

namespace Thorbecke.Reports.Tests.Money;

/// <summary>
/// Small, hand-made gemeentefonds inputs of a realistic size: a fund of 40 billion in 2025, real GDP growth and a
/// deflator shaped like the published series, 18 million inhabitants, and three scenarios for 2026-2030.
/// </summary>
internal static class MoneySamples
{
    public const decimal Million = 1_000_000m;
    public const decimal Billion = 1_000_000_000m;
    public const int From = 2026;
    public const int To = 2030;

    public static SourcedSeries Series(string name, params (int Year, decimal Value)[] values) =>
        new(name, values.Select(v => KeyValuePair.Create(v.Year, new Figure(v.Value, "handberekend"))));

    public static FundInputs Inputs() => new(2025, new Figure(40 * Billion, "handberekend"), new EconomicData(
        Series("bbp-volume", (2017, 0.029m), (2018, 0.024m), (2019, 0.020m), (2020, -0.039m), (2021, 0.062m), (2022, 0.050m),
            (2023, 0.001m), (2024, 0.010m), (2025, 0.017m), (2026, 0.012m), (2027, 0.013m), (2028, 0.014m)),
        Series("prijs-bbp", (2025, 0.030m), (2026, 0.025m), (2027, 0.022m), (2028, 0.020m), (2029, 0.020m), (2030, 0.020m)),
        Series("ngru", (2025, 100 * Billion)),
        Series("inwoners", (2025, 18_000_000m))));

    /// <summary>The per-inhabitant effect, with the distributions made here as the app's workbench makes them.</summary>
    public static MunicipalEffect EffectPerInhabitant(ScenarioComparison comparison, string codeOrName, IReadOnlyList<Municipality> municipalities) =>
        Effect(comparison, codeOrName, year => DistributionModel.PerInhabitant(year.Total, year.Inhabitants, municipalities));

    /// <summary>The effect under the distribution of the Financiële-verhoudingswet (every municipality, every maatstaf).</summary>
    public static MunicipalEffect EffectByMaatstaven(ScenarioComparison comparison, string codeOrName, IReadOnlyList<Municipality> municipalities, IReadOnlyList<Maatstaf> maatstaven) =>
        Effect(comparison, codeOrName, year => DistributionModel.Distribute(year.Total, municipalities, maatstaven));

    private static MunicipalEffect Effect(ScenarioComparison comparison, string codeOrName, Func<FundYear, FundDistribution> distribute) =>
        MunicipalEffect.FromDistributions(comparison, codeOrName, comparison.Projections
            .Select(p => (IReadOnlyDictionary<int, FundDistribution>)p.Shown.ToDictionary(year => year.Year, distribute))
            .ToList());

    public static Scenario Baseline() => new("basis", "Basispad", new BbpSystematiek(), From, To, []);

    /// <summary>500 million a year extra for youth care, with the opschalingskorting switched on.</summary>
    public static Scenario YouthCare() => new("jeugd", "Extra jeugdzorg & korting", new BbpSystematiek(), From, To,
    [
        AmountLever.Structural("Jeugdzorg", "Programma: \"structureel extra geld voor jeugdzorg\".", From, To, 500 * Million),
        new OpschalingskortingLever("Opschalingskorting", "Het kabinet houdt vast aan de korting.",
            YearSeries.Of((2026, 300 * Million), (2027, 600 * Million), (2028, 1 * Billion), (2029, 1 * Billion), (2030, 1 * Billion)), Active: true),
    ]);

    /// <summary>The accres frozen in 2026, then indexed on costs, and a one-off amount in 2027.</summary>
    public static Scenario Frozen() => new("bevroren", "Accres bevroren", new BbpSystematiek(), From, To,
    [
        new AccresLever("Nullijn 2026", "Het accres van 2026 wordt nominaal bevroren.", YearSeries.Of((2026, 0m))),
        new CostIndexationLever("Kostenindexatie", "Indexeren op de werkelijke kostenstijging.", YearSeries.Constant(2027, To, 0.035m)),
        AmountLever.OneOff("Eenmalig 2027", "Compensatie voor de nullijn.", 2027, 250 * Million),
    ]);

    public static ScenarioComparison Comparison(params Scenario[] scenarios)
    {
        var inputs = Inputs();
        return new ScenarioComparison([.. scenarios.Select(s => FundModel.Project(s, inputs))]);
    }

    public static ScenarioComparison ThreeScenarios() => Comparison(Baseline(), YouthCare(), Frozen());

    public static IReadOnlyList<Municipality> Municipalities() =>
    [
        Town("GM0344", "Utrecht", 361_966m, 170_000m, 9_000m),
        Town("GM0363", "Amsterdam", 931_298m, 470_000m, 30_000m),
        Town("GM1680", "Aa en Hunze", 25_704m, 11_800m, 300m),
    ];

    public static IReadOnlyList<Maatstaf> Maatstaven() =>
        [new("inwoners", 400m), new("woonruimten", 250m), new("bijstandsontvangers", 3_000m)];

    public static IReadOnlyList<CostDomain> Domains() =>
    [
        new("Jeugd", 6 * Billion, YearSeries.Constant(From, To, 0.09m)),
        new("Wmo", 4 * Billion, YearSeries.Constant(From, To, 0.07m)),
        new("Participatie", 2 * Billion, YearSeries.Constant(From, To, 0.01m)),
    ];

    /// <summary>The full report: three scenarios, Utrecht by the per-inhabitant approximation and the disbalans of the baseline.</summary>
    public static MoneyReport FullReport()
    {
        var comparison = ThreeScenarios();
        return new MoneyReport(comparison)
        {
            GeneratedAt = new DateTimeOffset(2025, 11, 24, 10, 0, 0, TimeSpan.Zero),
            Municipality = EffectPerInhabitant(comparison, "GM0344", Municipalities()),
            Balance = TaskBalance.Compute(comparison.Baseline, Domains()),
        };
    }

    private static Municipality Town(string code, string name, decimal inhabitants, decimal dwellings, decimal assistance) =>
        new(code, name, inhabitants, new Dictionary<string, decimal>
        {
            ["woonruimten"] = dwellings,
            ["bijstandsontvangers"] = assistance,
        });
}
