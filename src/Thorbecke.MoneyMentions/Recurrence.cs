namespace Thorbecke.MoneyMentions;

/// <summary>How often an amount is spent or cut, as the sentence says it.</summary>
public enum Recurrence
{
    /// <summary>The sentence does not say.</summary>
    Unknown,

    /// <summary>"structureel": a lasting change to the budget.</summary>
    Structural,

    /// <summary>"eenmalig", "incidenteel": once.</summary>
    OneOff,

    /// <summary>"per jaar", "jaarlijks", "elk jaar": every year, without saying for how long.</summary>
    PerYear,
}
