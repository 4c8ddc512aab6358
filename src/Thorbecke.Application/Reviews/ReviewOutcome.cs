using Thorbecke.Core.Reviews;

namespace Thorbecke.Application.Reviews;

/// <summary>What became of a review: saved, refused with a Dutch reason, or in conflict with a newer version.</summary>
/// <param name="Saved">The stored version; null when it was not stored.</param>
/// <param name="Error">Why it was refused; null otherwise.</param>
/// <param name="Conflict">The newer version someone else saved meanwhile; null otherwise.</param>
public sealed record ReviewOutcome(Review? Saved, string? Error, Review? Conflict);
