using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Timelines;
using Thorbecke.Reports.Html;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Timeline;

/// <summary>How a timeline's parts look on every page that shows them: statuses, outcomes, dates and documents.</summary>
internal static class TimelineLook
{
    /// <summary>A status as a badge coloured like the verdict it is read from ("deels" as partial).</summary>
    public static string Badge(AskStatus status) =>
        $"<span class=\"badge status {HtmlVerdicts.CssClass(status.ToVerdict())}\">{Html.E(status.ToDutch())}</span>";

    /// <summary>A commitment's outcome as a badge: kept and fulfilled as support, weakened as partial, broken as oppose.</summary>
    public static string Badge(CommitmentOutcome outcome) =>
        $"<span class=\"badge outcome {HtmlVerdicts.CssClass(outcome.ToVerdict())}\">{Html.E(outcome.ToDutch())}</span>";

    /// <summary>"15 april 2026" in a time element; nothing when the document has no date (it is listed under "Zonder datum").</summary>
    public static string Date(DocumentInfo document) => document.Date is { } date
        ? $"<time datetime=\"{DateInput.Value(date)}\">{Html.E(Dutch.Date(date))}</time>"
        : "";

    /// <summary>"Voorjaarsnota 2026 (15 april 2026)", linked to the document's cell for the ask.</summary>
    public static string Named(ReportView view, TimelineStep step, string url) =>
        $"<a href=\"{url}\">{Html.E(view.OnTimeline(step.Document))}</a>"
        + (step.Document.Date is { } date ? $" ({Html.E(Dutch.Date(date))})" : "");

    /// <summary>"status: toegezegd → deels".</summary>
    public static string StatusMove(AskStatus before, AskStatus after) =>
        $"status: {Html.E(before.ToDutch())} → {Html.E(after.ToDutch())}";

    /// <summary>What a step did to the ask, when it did something: moved its status, made the commitment, or judged it.</summary>
    public static void WriteMarks(TextWriter w, AskTimeline timeline, TimelineStep step)
    {
        var marks = new List<string>();
        if (step.ChangedStatus && step.Status is { } status)
        {
            marks.Add($"<span class=\"mark status-move {HtmlVerdicts.CssClass(status.ToVerdict())}\">{StatusMove(StatusBefore(timeline, step), status)}</span>");
        }

        if (timeline.Commitment is { } commitment && string.Equals(commitment.Made.Document.Id, step.Document.Id, StringComparison.Ordinal))
        {
            marks.Add("<span class=\"mark commitment-made\">toezegging gedaan</span>");
        }

        if (step.Judged is { } judged)
        {
            marks.Add($"<span class=\"mark judged\">toezegging: {Badge(judged)}</span>");
        }

        if (marks.Count > 0)
        {
            w.WriteLine($"<p class=\"step-marks\">{string.Join(" ", marks)}</p>");
        }
    }

    /// <summary>The status the steps before <paramref name="step"/> had set.</summary>
    private static AskStatus StatusBefore(AskTimeline timeline, TimelineStep step) =>
        timeline.Steps.TakeWhile(s => !ReferenceEquals(s, step)).LastOrDefault(s => s.Status is not null)?.Status ?? AskStatus.Silent;
}
