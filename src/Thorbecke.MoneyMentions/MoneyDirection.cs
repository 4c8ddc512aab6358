namespace Thorbecke.MoneyMentions;

/// <summary>Whether an amount adds money for municipalities or takes it away.</summary>
public enum MoneyDirection
{
    /// <summary>The sentence does not say.</summary>
    Unknown,

    /// <summary>More money: "extra", "investeren", "erbij", or a cut that is reversed ("schaf de opschalingskorting af").</summary>
    Extra,

    /// <summary>Less money: "bezuinigen", "korting", "besparen", "minder".</summary>
    Cut,
}
