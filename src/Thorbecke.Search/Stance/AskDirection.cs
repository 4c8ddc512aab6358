namespace Thorbecke.Search.Stance;

/// <summary>What an ask wants done with its subject, which decides whether "afschaffen" in a programme agrees.</summary>
public enum AskDirection
{
    /// <summary>Introduce, invest in, strengthen ("Investeer in ...", "Maak ... mogelijk").</summary>
    Establish,

    /// <summary>Abolish, stop, prevent or reduce ("Schaf ... af", "Voorkom ...").</summary>
    Abolish,

    /// <summary>Keep as it is ("Handhaaf ...", "Behoud ...").</summary>
    Keep,
}
