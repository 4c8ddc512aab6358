namespace Thorbecke.Core.Timelines;

/// <summary>How the cabinet's later documents hold up a commitment made in the agreement or regeerprogramma.</summary>
public enum CommitmentOutcome
{
    /// <summary>No later cabinet document speaks to it yet.</summary>
    Open,

    /// <summary>A later document repeats the commitment (verdict support).</summary>
    Kept,

    /// <summary>A budget or circular puts money or rules behind it (verdict support in a document that implements).</summary>
    Fulfilled,

    /// <summary>A later document takes over only part of it (verdict partial).</summary>
    Weakened,

    /// <summary>A later document goes against it (verdict oppose).</summary>
    Broken,
}
