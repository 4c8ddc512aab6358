using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Web.Pages;

/// <summary>
/// Verdicts as the static report shows them (same classes in report.css): a colour and a symbol, so the matrix
/// reads in greyscale and for colour-blind readers.
/// </summary>
internal static class VerdictLook
{
    public static string CssClass(Verdict verdict) => "v-" + verdict.ToWire();

    public static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Support => "✓",
        Verdict.Partial => "◐",
        Verdict.Oppose => "✗",
        _ => "–",
    };

    public static string Label(Verdict verdict)
    {
        var text = verdict.ToDutch();
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string Badge(Verdict verdict) =>
        $"<span class=\"badge {CssClass(verdict)}\"><span class=\"sym\" aria-hidden=\"true\">{Symbol(verdict)}</span> {Html.E(Label(verdict))}</span>";

    /// <summary>The verdict that counts, marked when an analyst set it, with the machine's beside it when they differ.</summary>
    public static string Reviewed(ReviewedResult cell)
    {
        if (cell.Review is not { } review)
        {
            return Badge(cell.Verdict) + " <span class=\"tag machine\">machine</span>";
        }

        var machine = review.Verdict == cell.Machine.Verdict
            ? "bevestigd"
            : $"machine: {Html.E(cell.Machine.Verdict.ToDutch())}";
        return Badge(cell.Verdict) + $" <span class=\"tag reviewed\">✎ beoordeeld door {Html.E(review.Reviewer)} · {machine}</span>";
    }
}
