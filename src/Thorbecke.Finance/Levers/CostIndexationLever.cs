using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Levers;

/// <summary>
/// Indexes the fund on the real cost growth of municipal tasks instead of the GDP deflator: the price part of
/// the accres is replaced by the given cost growth, the volume part is kept. Under a normering without a volume
/// part the cost growth becomes the whole accres.
/// </summary>
/// <param name="CostGrowth">Cost growth per year as fractions.</param>
public sealed record CostIndexationLever(string Label, string Justification, YearSeries CostGrowth, PartsCombination Combination = PartsCombination.Multiplied)
    : Lever(Label, Justification)
{
    public override LeverKind Kind => LeverKind.CostIndexation;

    public override AccresRate? RateFor(int year, AccresRate normal)
    {
        if (!CostGrowth.TryGet(year, out var cost))
        {
            return null;
        }

        var total = normal.Volume is { } volume ? BbpSystematiek.Combine(volume, cost, Combination) : cost;
        return new AccresRate(total, normal.Volume, cost, $"geïndexeerd op kosten: {Label}");
    }
}
