using Thorbecke.Core.Reviews;

namespace Thorbecke.Web.Reviews;

/// <summary>The outcome of <see cref="ReviewValidator"/>: a request to store, or the Dutch reason it cannot be.</summary>
internal sealed record ReviewCheck(ReviewRequest? Request, string? Error)
{
    public static ReviewCheck Fail(string error) => new(null, error);
}
