namespace Thorbecke.Core.Timelines;

/// <summary>Where an ask stands now, read from the latest dated document of the cabinet that speaks to it.</summary>
public enum AskStatus
{
    /// <summary>No dated cabinet document speaks to the ask (yet).</summary>
    Silent,

    /// <summary>The latest cabinet document adopts the ask (verdict support): toegezegd.</summary>
    Committed,

    /// <summary>The latest cabinet document takes over part of it (verdict partial): deels.</summary>
    Partial,

    /// <summary>The latest cabinet document goes against it (verdict oppose): afgewezen.</summary>
    Rejected,
}
