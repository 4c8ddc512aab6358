using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Html;

namespace Thorbecke.Web.Pages;

/// <summary>A cell's verdict as the web app shows it: the static report's badge, marked when an analyst set it.</summary>
internal static class VerdictLook
{
    /// <summary>The verdict that counts, marked when an analyst set it, with the machine's beside it when they differ.</summary>
    public static string Reviewed(ReviewedResult cell)
    {
        if (cell.Review is not { } review)
        {
            return HtmlVerdicts.Badge(cell.Verdict) + " <span class=\"tag machine\">machine</span>";
        }

        var machine = review.Verdict == cell.Machine.Verdict
            ? "bevestigd"
            : $"machine: {Html.E(cell.Machine.Verdict.ToDutch())}";
        return HtmlVerdicts.Badge(cell.Verdict) + $" <span class=\"tag reviewed\">✎ beoordeeld door {Html.E(review.Reviewer)} · {machine}</span>";
    }
}
