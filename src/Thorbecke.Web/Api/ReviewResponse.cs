using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Web.Api;

/// <summary>A stored review version as the API returns it.</summary>
public sealed record ReviewResponse(
    string Ask,
    string Document,
    int Version,
    string Verdict,
    bool Confirmed,
    string Reviewer,
    DateTimeOffset At,
    string? Comment,
    IReadOnlyList<EvidenceBody> Evidence)
{
    public static ReviewResponse From(Review review) => new(
        review.Ask,
        review.Document,
        review.Version,
        review.Verdict.ToWire(),
        review.Confirmed,
        review.Reviewer,
        review.At,
        review.Comment,
        review.Evidence.Select(e => new EvidenceBody(e.Page, e.Quote)).ToList());
}
