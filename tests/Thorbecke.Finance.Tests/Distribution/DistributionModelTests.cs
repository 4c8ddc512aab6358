using Thorbecke.Finance.Distribution;

namespace Thorbecke.Finance.Tests.Distribution;

public class DistributionModelTests
{
    private static Municipality Town(string code, decimal inhabitants, decimal dwellings, decimal woz) =>
        new(code, code, inhabitants, new Dictionary<string, decimal> { ["woonruimten"] = dwellings, ["woz"] = woz });

    private static readonly Maatstaf[] Maatstaven =
    [
        new("inwoners", 400m),
        new("woonruimten", 100m),
        new("woz", 0.001m, IsOzb: true),
    ];

    [Fact]
    public void Should_share_out_the_total_by_factor_times_basis_minus_the_ozb_verevening()
    {
        // Bases: A 1000x400 + 500x100 = 450,000; B 3000x400 + 1000x100 = 1,300,000; sum 1,750,000.
        // OZB: A 0.001 x 50m = 50,000; B 0.001 x 200m = 200,000; sum 250,000.
        // Factor = (3,250,000 + 250,000) / 1,750,000 = 2. A = 2 x 450,000 - 50,000 = 850,000; B = 2,400,000.
        var towns = new[] { Town("A", 1000, 500, 50_000_000), Town("B", 3000, 1000, 200_000_000) };

        var distribution = DistributionModel.Distribute(3_250_000m, towns, Maatstaven);

        Assert.Equal(2m, distribution.Factor);
        Assert.Equal(850_000m, distribution.Find("A")!.Amount);
        Assert.Equal(2_400_000m, distribution.Find("b")!.Amount);
        Assert.Equal(distribution.Total, distribution.Shares.Sum(s => s.Amount));
        Assert.False(distribution.IsApproximation);
    }

    [Fact]
    public void Should_not_scale_the_ozb_verevening_with_the_factor()
    {
        var towns = new[] { Town("A", 1000, 500, 50_000_000), Town("B", 3000, 1000, 200_000_000) };

        var small = DistributionModel.Distribute(3_250_000m, towns, Maatstaven);
        var large = DistributionModel.Distribute(6_750_000m, towns, Maatstaven);

        Assert.Equal(4m, large.Factor);
        Assert.Equal(50_000m, small.Find("A")!.OzbDeduction);
        Assert.Equal(50_000m, large.Find("A")!.OzbDeduction);
        Assert.Equal(1_750_000m, large.Find("A")!.Amount);
    }

    [Fact]
    public void Should_approximate_by_inhabitants_against_the_national_population_and_say_so()
    {
        var towns = new[] { new Municipality("GM0344", "Utrecht", 374_000m, new Dictionary<string, decimal>()) };

        var distribution = DistributionModel.PerInhabitant(40_000_000_000m, 18_000_000m, towns);

        Assert.True(distribution.IsApproximation);
        Assert.Equal(831_111_111.11m, decimal.Round(distribution.Find("utrecht")!.Amount, 2));
    }

    [Fact]
    public void Should_name_the_municipality_and_maatstaf_that_lack_a_count()
    {
        var towns = new[] { new Municipality("GM0001", "Ergens", 100m, new Dictionary<string, decimal>()) };

        var error = Assert.Throws<FinanceInputException>(() => DistributionModel.Distribute(1m, towns, Maatstaven));

        Assert.Contains("Ergens", error.Message);
        Assert.Contains("woonruimten", error.Message);
    }
}
