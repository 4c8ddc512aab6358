using Thorbecke.Finance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Reports.Money;

namespace Thorbecke.Reports.Tests.Money;

public class MunicipalEffectTests
{
    [Fact]
    public void Should_give_the_national_amount_per_inhabitant_times_inhabitants_when_only_inhabitants_are_known()
    {
        var comparison = MoneySamples.ThreeScenarios();

        var effect = MoneySamples.EffectPerInhabitant(comparison, "GM0344", MoneySamples.Municipalities());

        Assert.True(effect.IsApproximation);
        Assert.Equal("Utrecht", effect.Municipality.Name);
        Assert.Equal(comparison.Years, effect.Years.Select(y => y.Year));
        var year = comparison.Projections[1].For(2028);
        Assert.Equal(year.Total / year.Inhabitants * 361_966m, effect.Years[2].Amounts[1]);
        Assert.Contains("benadering (naar inwonertal)", effect.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_follow_the_distribution_model_when_maatstaven_are_known()
    {
        var comparison = MoneySamples.ThreeScenarios();

        var effect = MoneySamples.EffectByMaatstaven(comparison, "utrecht", MoneySamples.Municipalities(), MoneySamples.Maatstaven());

        Assert.False(effect.IsApproximation);
        Assert.DoesNotContain("benadering", effect.Heading, StringComparison.Ordinal);
        var total = comparison.Projections[2].For(2030).Total;
        var expected = DistributionModel.Distribute(total, MoneySamples.Municipalities(), MoneySamples.Maatstaven()).Find("GM0344")!.Amount;
        Assert.Equal(expected, effect.Years[^1].Amounts[2]);
        Assert.Equal(effect.Years[^1].Amounts[2] - effect.Years[^1].Amounts[0], effect.Years[^1].Difference(2));
    }

    [Fact]
    public void Should_say_in_dutch_which_municipality_is_missing()
    {
        var comparison = MoneySamples.ThreeScenarios();

        var error = Assert.Throws<FinanceInputException>(() => MoneySamples.EffectPerInhabitant(comparison, "GM9999", MoneySamples.Municipalities()));

        Assert.Contains("GM9999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_distributions_made_elsewhere_per_scenario_and_year()
    {
        var comparison = MoneySamples.ThreeScenarios();
        var municipalities = MoneySamples.Municipalities();
        var distributions = comparison.Projections
            .Select(p => (IReadOnlyDictionary<int, FundDistribution>)p.Shown.ToDictionary(
                y => y.Year, y => DistributionModel.PerInhabitant(y.Total, y.Inhabitants, municipalities)))
            .ToList();

        var effect = MunicipalEffect.FromDistributions(comparison, "Aa en Hunze", distributions);

        Assert.Equal(MoneySamples.EffectPerInhabitant(comparison, "GM1680", municipalities).Years.SelectMany(y => y.Amounts),
            effect.Years.SelectMany(y => y.Amounts));
        Assert.True(effect.IsApproximation);
    }
}
