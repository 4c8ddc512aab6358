using Thorbecke.Finance.Normering;

namespace Thorbecke.Finance.Levers;

/// <summary>
/// One policy choice in a scenario. A lever either changes the accres of a year (and so every later year, because
/// growth compounds) or adds an amount to a year's fund on top of the indexed path (amounts do not compound:
/// circulaires publish such amounts per year already in nominal euros).
/// </summary>
/// <param name="Label">A short Dutch name for tables.</param>
/// <param name="Justification">Why the scenario contains it: the programme text, the agreement or the analyst's reasoning.</param>
public abstract record Lever(string Label, string Justification)
{
    public abstract LeverKind Kind { get; }

    /// <summary>The accres this lever sets for the year instead of the normering's, or null when it leaves the year alone.</summary>
    public virtual AccresRate? RateFor(int year, AccresRate normal) => null;

    /// <summary>The euros this lever adds to (positive) or takes from (negative) the fund in the year.</summary>
    public virtual decimal AmountFor(int year) => 0m;
}
