using Thorbecke.MoneyMentions;

namespace Thorbecke.Application.Money;

/// <summary>How a found amount's recurrence and direction read in Dutch, in the terminal and in a draft scenario alike.</summary>
public static class MoneyWords
{
    public static string Of(Recurrence recurrence) => recurrence switch
    {
        Recurrence.Structural => "structureel",
        Recurrence.PerYear => "per jaar",
        Recurrence.OneOff => "eenmalig",
        _ => "onbekend",
    };

    public static string Of(MoneyDirection direction) => direction switch
    {
        MoneyDirection.Extra => "erbij",
        MoneyDirection.Cut => "eraf",
        _ => "onbekend",
    };

    /// <summary>The years a mention names: "vanaf 2026", "t/m 2028", "2026-2028"; empty when it names none.</summary>
    public static string Years(MoneyMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return (mention.FromYear, mention.ToYear) switch
        {
            (null, null) => "",
            ({ } from, null) => $"vanaf {from}",
            (null, { } to) => $"t/m {to}",
            ({ } from, { } to) when from == to => $"{from}",
            ({ } from, { } to) => $"{from}-{to}",
        };
    }
}
