using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Projection;
using static Thorbecke.Finance.Tests.Economies;

namespace Thorbecke.Finance.Tests.Distribution;

public class MunicipalEffectsTests
{
    private static readonly FundProjection Projection =
        FundModel.Project(new Scenario("t", "T", new TrapOpTrapAf(), 2025, 2026, []), Fund40Billion());

    private static Municipality Town(string code, decimal inhabitants) =>
        new(code, code, inhabitants, new Dictionary<string, decimal> { ["woonruimten"] = inhabitants / 2 });

    [Fact]
    public void Should_use_the_mechanism_when_maatstaven_and_the_whole_country_are_given()
    {
        // Simple() has 10 million inhabitants; these two towns hold all of them.
        var towns = new[] { Town("A", 4_000_000m), Town("B", 6_000_000m) };
        Maatstaf[] maatstaven = [new("inwoners", 400m), new("woonruimten", 100m)];

        var distributions = MunicipalEffects.For(Projection, towns, maatstaven);

        Assert.False(distributions[2026].IsApproximation);
        Assert.Equal(41.2m * Billion * 0.4m, decimal.Round(distributions[2026].Find("A")!.Amount, 2));
    }

    [Fact]
    public void Should_fall_back_on_the_labelled_approximation_for_part_of_the_country()
    {
        var towns = new[] { Town("A", 4_000_000m) };
        Maatstaf[] maatstaven = [new("inwoners", 400m)];

        var distributions = MunicipalEffects.For(Projection, towns, maatstaven);

        Assert.True(distributions[2026].IsApproximation);
        Assert.Equal(41.2m * Billion * 0.4m, distributions[2026].Find("A")!.Amount);
    }
}
