using Thorbecke.Core.Timelines;

namespace Thorbecke.Web.Timeline;

/// <summary>One ask whose status or commitment moved, with the documents that moved it.</summary>
/// <param name="Before">The status before the day: committed, partial, rejected or silent.</param>
/// <param name="After">The status now.</param>
/// <param name="CommitmentBefore">The commitment's outcome before the day (open, kept, fulfilled, weakened, broken); null when none was made yet.</param>
/// <param name="CommitmentAfter">The commitment's outcome now; null when none was made.</param>
public sealed record AskChange(
    string Ask,
    string Theme,
    string Text,
    string Before,
    string After,
    string? CommitmentBefore,
    string? CommitmentAfter,
    IReadOnlyList<ChangeStep> MovedBy)
{
    public static AskChange From(StatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var ask = change.Now.Ask;
        return new(
            ask.Id,
            ask.Theme,
            ask.Text,
            change.Before.ToWire(),
            change.After.ToWire(),
            change.CommitmentBefore?.ToWire(),
            change.CommitmentAfter?.ToWire(),
            change.MovedBy.Select(ChangeStep.From).ToList());
    }
}
