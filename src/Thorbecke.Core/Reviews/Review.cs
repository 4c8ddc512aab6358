using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Reviews;

/// <summary>
/// An analyst's judgement of one cell (ask x document). Reviews are never changed or deleted: each save adds the
/// next version, so the history of a cell stays visible. Documents are identified by content, so a review
/// survives every re-scan.
/// </summary>
/// <param name="Version">1 for the first review of the cell, then 2, 3 ...</param>
/// <param name="Evidence">The quotes the reviewer picked or added; empty keeps the machine's.</param>
/// <param name="Confirmed">True when the reviewer agreed with the machine's verdict, false when overriding it.</param>
public sealed record Review(
    string Ask,
    string Document,
    int Version,
    Verdict Verdict,
    bool Confirmed,
    IReadOnlyList<ReviewEvidence> Evidence,
    string? Comment,
    string Reviewer,
    DateTimeOffset At);
