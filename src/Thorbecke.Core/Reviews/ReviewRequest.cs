using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Reviews;

/// <summary>A reviewer's save of one cell.</summary>
/// <param name="SeenVersion">The review version the reviewer was looking at (0: none yet). A save on top of a newer
/// version is a conflict, so two reviewers never silently overwrite each other.</param>
public sealed record ReviewRequest(
    string Ask,
    string Document,
    Verdict Verdict,
    bool Confirmed,
    IReadOnlyList<ReviewEvidence> Evidence,
    string? Comment,
    string Reviewer,
    int SeenVersion);
