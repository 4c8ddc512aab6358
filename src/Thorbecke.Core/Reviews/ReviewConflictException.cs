using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Reviews;

/// <summary>Someone else saved the cell after the reviewer opened it; their review is <see cref="Current"/>.</summary>
public sealed class ReviewConflictException(Review current)
    : Exception($"{current.Reviewer} heeft deze cel intussen beoordeeld ({VerdictText(current)}); uw wijziging is niet opgeslagen. Bekijk de nieuwe stand en probeer het opnieuw.")
{
    public Review Current => current;

    private static string VerdictText(Review review) => review.Verdict.ToDutch();
}
