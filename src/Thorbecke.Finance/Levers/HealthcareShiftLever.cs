using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Levers;

/// <summary>A share of a national healthcare budget moved to the municipalities, e.g. with tasks moving from the Zvw or Wlz.</summary>
/// <param name="Share">The fraction of the budget that moves (0.02 is 2%).</param>
/// <param name="Budget">The budget per year, in euros.</param>
public sealed record HealthcareShiftLever(string Label, string Justification, decimal Share, YearSeries Budget) : Lever(Label, Justification)
{
    public override LeverKind Kind => LeverKind.HealthcareShift;

    public override decimal AmountFor(int year) => Share * Budget.ValueOrZero(year);
}
