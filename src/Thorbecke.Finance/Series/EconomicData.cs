namespace Thorbecke.Finance.Series;

/// <summary>
/// The published series the normering reads, as fractions per year (0.015 is 1.5%), plus the population for
/// amounts per inhabitant. Each series keeps the source of every figure.
/// </summary>
/// <param name="RealGdpGrowth">Volume growth of GDP (CBS realisations, CPB forecasts).</param>
/// <param name="GdpDeflator">Change of the GDP price (prijs bbp).</param>
/// <param name="Ngru">Netto gecorrigeerde rijksuitgaven in euros, for the old trap-op-trap-af normering.</param>
/// <param name="Inhabitants">Inhabitants of the Netherlands on 1 January.</param>
public sealed record EconomicData(SourcedSeries RealGdpGrowth, SourcedSeries GdpDeflator, SourcedSeries Ngru, SourcedSeries Inhabitants)
{
    /// <summary>The figure of a series for a year, or a Dutch error naming the series and year.</summary>
    public static decimal Require(SourcedSeries series, int year) =>
        series.For(year)?.Value ?? throw new FinanceInputException($"Reeks '{series.Name}' heeft geen waarde voor {year}; vul de invoer aan met dat cijfer en zijn bron.");

    /// <summary>The population for a year; the latest earlier count when the year itself is not published yet.</summary>
    public decimal InhabitantsIn(int year) =>
        Inhabitants.Values.LatestAtOrBefore(year)
        ?? throw new FinanceInputException($"Reeks '{Inhabitants.Name}' heeft geen inwonertal voor {year} of eerder.");
}
