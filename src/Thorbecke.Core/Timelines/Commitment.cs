namespace Thorbecke.Core.Timelines;

/// <summary>An ask the agreement or regeerprogramma adopted, and how the cabinet's documents since hold it up.</summary>
/// <param name="Made">The step that made the commitment; its quote is the promise.</param>
/// <param name="Outcome">The latest judgement, or <see cref="CommitmentOutcome.Open"/> when no later document spoke.</param>
/// <param name="JudgedBy">The step behind <paramref name="Outcome"/>; null while open.</param>
public sealed record Commitment(TimelineStep Made, CommitmentOutcome Outcome, TimelineStep? JudgedBy);
