namespace Thorbecke.Web.Pages;

/// <summary>The overview's confidence filter; see <see cref="ConfidenceLook.Threshold"/>.</summary>
internal enum Certainty
{
    /// <summary>Not reviewed, and the machine is less sure than the threshold.</summary>
    NeedsReview,

    /// <summary>Reviewed, or the machine is at least as sure as the threshold.</summary>
    Sure,
}
