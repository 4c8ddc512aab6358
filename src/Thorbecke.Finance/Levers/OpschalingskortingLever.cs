using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Levers;

/// <summary>
/// The opschalingskorting: a cut on the fund that grows by a schedule. Switched on, the scheduled amount of each
/// year is taken from the fund; switched off, the lever documents the schedule but changes nothing.
/// </summary>
/// <param name="Schedule">The size of the cut per year, in euros, as positive numbers.</param>
public sealed record OpschalingskortingLever(string Label, string Justification, YearSeries Schedule, bool Active) : Lever(Label, Justification)
{
    public override LeverKind Kind => LeverKind.Opschalingskorting;

    public override decimal AmountFor(int year) => Active ? -Math.Abs(Schedule.ValueOrZero(year)) : 0m;
}
