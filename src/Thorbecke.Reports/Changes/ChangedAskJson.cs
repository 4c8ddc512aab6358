namespace Thorbecke.Reports.Changes;

/// <summary>One ask whose status or commitment moved (see <see cref="ChangesJson"/>).</summary>
/// <param name="Ask">The ask's id.</param>
/// <param name="Theme">Its theme.</param>
/// <param name="Text">Its text.</param>
/// <param name="Before">Its status before the day: committed, partial, rejected or silent.</param>
/// <param name="After">Its status now.</param>
/// <param name="CommitmentBefore">The commitment's outcome before the day (open, kept, fulfilled, weakened, broken); absent without one.</param>
/// <param name="CommitmentAfter">The commitment's outcome now; absent without one.</param>
/// <param name="MovedBy">The cabinet documents of the day or later that speak to the ask, oldest first.</param>
public sealed record ChangedAskJson(
    string Ask,
    string Theme,
    string Text,
    string Before,
    string After,
    string? CommitmentBefore,
    string? CommitmentAfter,
    IReadOnlyList<ChangeStepJson> MovedBy);
