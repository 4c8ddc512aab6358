using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Levers;

/// <summary>
/// Sets the accres of given years, overriding the normering: 0 freezes the fund (the "nominaal accres" of the
/// transition years), a published rate restores it.
/// </summary>
/// <param name="Rates">The accres per year as fractions (0.03 is 3%).</param>
public sealed record AccresLever(string Label, string Justification, YearSeries Rates) : Lever(Label, Justification)
{
    public override LeverKind Kind => LeverKind.Accres;

    public override AccresRate? RateFor(int year, AccresRate normal) =>
        Rates.TryGet(year, out var rate) ? new AccresRate(rate, null, null, $"vastgezet: {Label}") : null;
}
