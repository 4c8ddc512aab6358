using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Normering;

/// <summary>
/// The normering from 2024: the volume part is the average real GDP growth over the eight years t-9 to t-2
/// (fixed in advance), the price part is the change of the GDP deflator in year t itself.
/// </summary>
public sealed class BbpSystematiek(PartsCombination combination = PartsCombination.Multiplied) : INormering
{
    public const int WindowYears = 8;
    public const int Lag = 2;

    public string Name => "bbp-systematiek";

    public PartsCombination Combination => combination;

    public AccresRate RateFor(int year, EconomicData economy)
    {
        var volume = VolumePart(year, economy);
        var price = EconomicData.Require(economy.GdpDeflator, year);
        return new AccresRate(Combine(volume, price, combination), volume, price,
            $"bbp-volume gem. {year - Lag - WindowYears + 1}-{year - Lag}, prijs bbp {year}");
    }

    /// <summary>The mean real GDP growth over the years t-9 .. t-2.</summary>
    public static decimal VolumePart(int year, EconomicData economy)
    {
        var first = year - Lag - WindowYears + 1;
        var sum = 0m;
        for (var y = first; y <= year - Lag; y++)
        {
            sum += EconomicData.Require(economy.RealGdpGrowth, y);
        }

        return sum / WindowYears;
    }

    public static decimal Combine(decimal volume, decimal price, PartsCombination combination) => combination switch
    {
        PartsCombination.Added => volume + price,
        _ => ((1 + volume) * (1 + price)) - 1,
    };
}
