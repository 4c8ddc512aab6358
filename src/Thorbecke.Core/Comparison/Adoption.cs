namespace Thorbecke.Core.Comparison;

/// <summary>What a reference document (a coalition agreement, a Kamerbrief) did with an ask, read from its verdict.</summary>
public enum Adoption
{
    /// <summary>The reference does not mention the ask (verdict none).</summary>
    Silent,

    /// <summary>The reference takes over part of the ask or only in general terms (verdict partial).</summary>
    Weakened,

    /// <summary>The reference adopts the ask or its core (verdict support).</summary>
    Adopted,

    /// <summary>The reference goes against the ask (verdict oppose).</summary>
    Rejected,
}
