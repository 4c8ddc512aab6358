using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Normering;

/// <summary>
/// The normering until 2025, "samen de trap op, samen de trap af": the fund grows as the netto gecorrigeerde
/// rijksuitgaven (NGRU) grow from one year to the next, so cuts and intensifications of the Rijk pass through.
/// </summary>
public sealed class TrapOpTrapAf : INormering
{
    public string Name => "trap-op-trap-af";

    public AccresRate RateFor(int year, EconomicData economy)
    {
        var current = EconomicData.Require(economy.Ngru, year);
        var previous = EconomicData.Require(economy.Ngru, year - 1);
        if (previous == 0)
        {
            throw new FinanceInputException($"Reeks '{economy.Ngru.Name}' is nul in {year - 1}; de groei is niet te bepalen.");
        }

        return new AccresRate((current / previous) - 1, null, null, $"groei NGRU {year - 1}-{year}");
    }
}
