using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Projection;

/// <summary>
/// Projects the algemene uitkering: from the base year, each year's indexed path is last year's times one plus the
/// accres (from the normering, unless a lever sets it), and the levers' amounts of the year are added on top.
/// </summary>
public static class FundModel
{
    public static FundProjection Project(Scenario scenario, FundInputs inputs)
    {
        if (scenario.FromYear < inputs.BaseYear)
        {
            throw new FinanceInputException(
                $"Scenario '{scenario.Id}' begint in {scenario.FromYear}, maar de invoer begint pas in basisjaar {inputs.BaseYear}.");
        }

        if (scenario.ToYear < scenario.FromYear)
        {
            throw new FinanceInputException($"Scenario '{scenario.Id}': het laatste jaar {scenario.ToYear} ligt voor het eerste jaar {scenario.FromYear}.");
        }

        var years = new List<FundYear>();
        var indexed = inputs.BaseAmount.Value;
        for (var year = inputs.BaseYear; year <= scenario.ToYear; year++)
        {
            var rate = year == inputs.BaseYear
                ? new AccresRate(0, null, null, "basisjaar")
                : RateFor(scenario, year, inputs.Economy);
            var previous = indexed;
            indexed = year == inputs.BaseYear ? indexed : indexed * (1 + rate.Total);
            var effects = scenario.Levers
                .Select(lever => new LeverEffect(lever, lever.AmountFor(year)))
                .Where(effect => effect.Amount != 0)
                .ToList();
            years.Add(new FundYear(year, rate, indexed - previous, indexed, effects, indexed + effects.Sum(e => e.Amount),
                inputs.Economy.InhabitantsIn(year)));
        }

        return new FundProjection(scenario, years);
    }

    private static AccresRate RateFor(Scenario scenario, int year, EconomicData economy)
    {
        var normal = scenario.Normering.RateFor(year, economy);
        var overrides = scenario.Levers
            .Select(lever => (lever, rate: lever.RateFor(year, normal)))
            .Where(o => o.rate is not null)
            .ToList();
        return overrides.Count switch
        {
            0 => normal,
            1 => overrides[0].rate!,
            _ => throw new FinanceInputException(
                $"Scenario '{scenario.Id}': {string.Join(" en ", overrides.Select(o => $"'{o.lever.Label}'"))} zetten allebei het accres van {year}; kies er één."),
        };
    }
}
