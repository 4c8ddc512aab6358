using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Levers;

/// <summary>
/// A fixed amount per year: an extra structural amount (e.g. jeugdzorg compensation), a one-off amount or a cut.
/// Cuts are always taken from the fund, whatever the sign they were written with.
/// </summary>
/// <param name="Amounts">Euros per year; years without a value are untouched.</param>
public sealed record AmountLever(string Label, string Justification, LeverKind AmountKind, YearSeries Amounts) : Lever(Label, Justification)
{
    public override LeverKind Kind => AmountKind;

    public override decimal AmountFor(int year)
    {
        var amount = Amounts.ValueOrZero(year);
        return AmountKind == LeverKind.Cut ? -Math.Abs(amount) : amount;
    }

    /// <summary>The same amount every year from <paramref name="from"/> through <paramref name="to"/>.</summary>
    public static AmountLever Structural(string label, string justification, int from, int to, decimal amount) =>
        new(label, justification, LeverKind.Extra, YearSeries.Constant(from, to, amount));

    public static AmountLever OneOff(string label, string justification, int year, decimal amount) =>
        new(label, justification, LeverKind.OneOff, YearSeries.Of((year, amount)));

    public static AmountLever Cut(string label, string justification, YearSeries amounts) =>
        new(label, justification, LeverKind.Cut, amounts);
}
