namespace Thorbecke.Core.Reviews;

/// <summary>Where analysts' reviews live, beside the documents and results they judge.</summary>
public interface IReviewStore
{
    /// <summary>Stores the next version of a cell's review; throws <see cref="ReviewConflictException"/> when the cell
    /// has a newer version than the reviewer saw.</summary>
    Review SaveReview(ReviewRequest request, DateTimeOffset at);

    /// <summary>Every version of one cell's review, oldest first.</summary>
    IReadOnlyList<Review> ReviewHistory(string ask, string document);

    /// <summary>The latest review of every reviewed cell.</summary>
    IReadOnlyList<Review> CurrentReviews();
}
