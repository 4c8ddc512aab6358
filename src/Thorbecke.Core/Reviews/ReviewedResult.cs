using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Reviews;

/// <summary>
/// A cell as every view and export shows it: the reviewed verdict wins over the machine's, and with it the reviewer's
/// quotes and comment. The HTML report, the CSV, the workbook, the JSON and the web pages all read cells through this
/// one type, so no output can show the machine's quote beside a reviewer's verdict.
/// </summary>
public sealed record ReviewedResult(AskResult Machine, Review? Review)
{
    public string Ask => Machine.Ask;

    public string Document => Machine.Document;

    public bool IsReviewed => Review is not null;

    public Verdict Verdict => Review?.Verdict ?? Machine.Verdict;

    public Verdict MachineVerdict => Machine.Verdict;

    /// <summary>True when the reviewer picked or added quotes; otherwise the machine's stand.</summary>
    public bool HasReviewerEvidence => Review is { Evidence.Count: > 0 };

    /// <summary>The reviewer's quotes when they picked any, otherwise the machine's.</summary>
    public IReadOnlyList<ReviewEvidence> Evidence => Review is { Evidence.Count: > 0 } review
        ? review.Evidence
        : Machine.Evidence.Select(e => new ReviewEvidence(e.Page, e.Quote)).ToList();

    /// <summary>The pages of <see cref="Evidence"/>, each once, in the order of the quotes.</summary>
    public IReadOnlyList<int> Pages => Evidence.Select(e => e.Page).Distinct().ToList();

    /// <summary>The reviewer's comment; null when there is none or the cell is not reviewed.</summary>
    public string? Comment => string.IsNullOrWhiteSpace(Review?.Comment) ? null : Review.Comment;

    public string? Reviewer => Review?.Reviewer;

    public DateTimeOffset? ReviewedAt => Review?.At;

    /// <summary>Puts the current reviews over a scan's results; a review of a cell the scan does not have is ignored.</summary>
    public static IReadOnlyList<ReviewedResult> Combine(IReadOnlyList<AskResult> results, IReadOnlyList<Review> reviews)
    {
        var byCell = ByCell(reviews);
        return results.Select(r => new ReviewedResult(r, byCell.GetValueOrDefault((r.Ask, r.Document)))).ToList();
    }

    /// <summary>The reviews by cell; of two reviews of one cell the later version wins.</summary>
    public static Dictionary<(string Ask, string Document), Review> ByCell(IEnumerable<Review> reviews)
    {
        var byCell = new Dictionary<(string Ask, string Document), Review>();
        foreach (var review in reviews)
        {
            if (!byCell.TryGetValue((review.Ask, review.Document), out var known) || known.Version < review.Version)
            {
                byCell[(review.Ask, review.Document)] = review;
            }
        }

        return byCell;
    }
}
