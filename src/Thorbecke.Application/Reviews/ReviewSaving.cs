using Thorbecke.Core.Projects;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Application.Reviews;

/// <summary>Saving a review, from the cell page's form or the API: the same rules and the same conflict.</summary>
public static class ReviewSaving
{
    /// <summary>Checks <paramref name="draft"/> against <see cref="ReviewRules"/> and stores it as the cell's next version.</summary>
    /// <param name="project">The project's store.</param>
    /// <param name="latest">The latest scan as the reviewer saw it (null when there is none).</param>
    /// <param name="draft">The review as it was sent.</param>
    /// <param name="reviewer">Who sends it.</param>
    public static ReviewOutcome Save(IProjectStore project, ScanReport? latest, ReviewDraft draft, string reviewer)
    {
        var (request, error) = ReviewRules.Check(draft, latest, project, project.ReviewHistory(draft.Ask, draft.Document), reviewer);
        if (request is null)
        {
            return new ReviewOutcome(null, error, null);
        }

        try
        {
            return new ReviewOutcome(project.SaveReview(request, DateTimeOffset.UtcNow), null, null);
        }
        catch (ReviewConflictException conflict)
        {
            return new ReviewOutcome(null, null, conflict.Current);
        }
    }
}
