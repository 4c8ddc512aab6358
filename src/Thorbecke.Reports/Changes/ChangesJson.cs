using System.Text.Json;
using System.Text.Json.Serialization;
using Thorbecke.Core.Text;
using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Changes;

/// <summary>
/// "What changed since a day" as JSON, for a newsletter or an alert: the same document from <c>thorbecke changes
/// --json</c> and the web app's <c>/api/changes</c>. Statuses, outcomes, kinds and verdicts use their wire names;
/// dates are ISO 8601 (2026-03-12).
/// </summary>
/// <param name="Since">The first day that counts as new.</param>
/// <param name="Changes">The asks whose status or commitment moved, in agenda order.</param>
/// <param name="NewDocuments">The documents dated on or after <paramref name="Since"/>, oldest first.</param>
/// <param name="UndatedDocuments">Documents without a date, which no "since" can place.</param>
public sealed record ChangesJson(string Since, IReadOnlyList<ChangedAskJson> Changes, IReadOnlyList<ChangeDocumentJson> NewDocuments, int UndatedDocuments)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ChangesJson From(ChangeReport report, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(labels);
        return new ChangesJson(
            IsoDate.Write(report.Since),
            report.Changes.Select(c => new ChangedAskJson(
                c.Now.Ask.Id,
                c.Now.Ask.Theme,
                c.Now.Ask.Text,
                c.Before.ToWire(),
                c.After.ToWire(),
                c.CommitmentBefore?.ToWire(),
                c.CommitmentAfter?.ToWire(),
                c.MovedBy.Select(s => Step(s, labels)).ToList())).ToList(),
            report.NewDocuments.Select(d => new ChangeDocumentJson(d.Id, labels.OnTimeline(d), d.Kind, d.Date is { } date ? IsoDate.Write(date) : null)).ToList(),
            report.UndatedDocuments);
    }

    /// <summary>Indented UTF-8 JSON that keeps Dutch letters and quotes readable.</summary>
    public string Write() => JsonSerializer.Serialize(this, Options);

    private static ChangeStepJson Step(TimelineStep step, DocumentLabels labels) => new(
        step.Document.Id,
        labels.OnTimeline(step.Document),
        step.Document.Kind,
        step.Document.Date is { } date ? IsoDate.Write(date) : null,
        step.Cell.Verdict.ToWire(),
        step.Cell.IsReviewed,
        step.Quote?.Page,
        step.Quote is { } quote ? step.Document.Cite(quote.Page) : null,
        step.Quote?.Quote);

}
