using Thorbecke.Core.Reviews;

namespace Thorbecke.Web.Pages;

/// <summary>
/// The machine's confidence as every page shows it, always with what it means, and the one threshold below which an
/// unreviewed cell is worth a reviewer's look first.
/// </summary>
internal static class ConfidenceLook
{
    /// <summary>Below this, an unreviewed cell is "na te kijken"; at or above it, or once reviewed, it is "zeker".</summary>
    public const double Threshold = 0.7;

    /// <summary>What the percentage means, to follow "zekerheid 55%" in a tooltip.</summary>
    public const string Meaning = "hoe vaak oordelen zoals dit in de kruisvalidatie juist waren";

    public const string Explanation = $"Zekerheid: {Meaning}.";

    /// <summary>A reviewed cell never needs review, however unsure the machine was.</summary>
    public static bool NeedsReview(ReviewedResult cell) => !cell.IsReviewed && cell.Machine.Confidence < Threshold;

    /// <summary>"zekerheid 55%" with the explanation as its tooltip; <paramref name="label"/> replaces "zekerheid".</summary>
    public static string Span(double confidence, string label = "zekerheid") =>
        $"<span class=\"conf\" title=\"{Html.E(Explanation)}\">{Html.E(label)} {Html.Percent(confidence)}</span>";
}
