using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Reviews;

/// <summary>A cell as every view and export shows it: the reviewed verdict wins over the machine's.</summary>
public sealed record ReviewedResult(AskResult Machine, Review? Review)
{
    public string Ask => Machine.Ask;

    public string Document => Machine.Document;

    public bool IsReviewed => Review is not null;

    public Verdict Verdict => Review?.Verdict ?? Machine.Verdict;

    /// <summary>The reviewer's quotes when they picked any, otherwise the machine's.</summary>
    public IReadOnlyList<ReviewEvidence> Evidence => Review is { Evidence.Count: > 0 } review
        ? review.Evidence
        : Machine.Evidence.Select(e => new ReviewEvidence(e.Page, e.Quote)).ToList();

    /// <summary>Puts the current reviews over a scan's results; a review of a cell the scan does not have is ignored.</summary>
    public static IReadOnlyList<ReviewedResult> Combine(IReadOnlyList<AskResult> results, IReadOnlyList<Review> reviews)
    {
        var byCell = reviews.ToDictionary(r => (r.Ask, r.Document));
        return results.Select(r => new ReviewedResult(r, byCell.GetValueOrDefault((r.Ask, r.Document)))).ToList();
    }
}
