namespace Thorbecke.Core.Timelines;

/// <summary>An ask whose status or commitment moved since a day, with the documents that moved it.</summary>
/// <param name="Now">The ask's timeline now.</param>
/// <param name="Before">Its status before the day.</param>
/// <param name="CommitmentBefore">Its commitment's outcome before the day; null when there was no commitment yet.</param>
/// <param name="MovedBy">The cabinet documents dated on or after the day that speak to the ask, oldest first.</param>
public sealed record StatusChange(AskTimeline Now, AskStatus Before, CommitmentOutcome? CommitmentBefore, IReadOnlyList<TimelineStep> MovedBy)
{
    public AskStatus After => Now.Status;

    public CommitmentOutcome? CommitmentAfter => Now.Commitment?.Outcome;
}
