using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Timelines;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports;

namespace Thorbecke.Cli.Terminal;

/// <summary>
/// What changed since a day, as plain text: it is pasted into mails and newsletters, so no colours or table borders,
/// and every quote in full.
/// </summary>
internal static class ChangesText
{
    public static void Write(TextWriter output, ChangeReport changes, DocumentLabels labels)
    {
        var since = Dutch.Date(changes.Since);
        output.WriteLine(changes.Changes.Count == 0
            ? $"Sinds {since} is de status van geen enkele vraag veranderd."
            : $"Sinds {since} {(changes.Changes.Count == 1 ? "is de status van 1 vraag" : $"is de status van {changes.Changes.Count} vragen")} veranderd.");
        foreach (var change in changes.Changes)
        {
            output.WriteLine();
            output.WriteLine($"{change.Now.Ask.Id} ({change.Now.Ask.Theme}): {change.Now.Ask.Text}");
            var sinceStep = change.Now.StatusSince is { } step ? $" (sinds {labels.OnTimeline(step.Document)}, {Day(step.Document)})" : "";
            output.WriteLine($"  Status: {change.Before.ToDutch()} → {change.After.ToDutch()}{sinceStep}");
            if (change.CommitmentAfter is { } after)
            {
                output.WriteLine(change.CommitmentBefore is { } before
                    ? $"  Toezegging: {before.ToDutch()} → {after.ToDutch()}"
                    : $"  Toezegging: nieuw, {after.ToDutch()}");
            }

            foreach (var moved in change.MovedBy)
            {
                var quote = moved.Quote is { } q ? $", {moved.Document.Cite(q.Page)}: “{q.Quote}”" : "";
                var reviewed = moved.Cell.IsReviewed ? " (beoordeeld)" : "";
                output.WriteLine($"  - {Day(moved.Document)} {labels.OnTimeline(moved.Document)} ({DocumentKinds.Label(moved.Document.Kind)}): {moved.Cell.Verdict.ToDutch()}{reviewed}{quote}");
            }
        }

        output.WriteLine();
        output.WriteLine(changes.NewDocuments.Count == 0
            ? "Er zijn geen nieuwe documenten."
            : $"{Dutch.Count(changes.NewDocuments.Count, "nieuw document", "nieuwe documenten")}:");
        foreach (var document in changes.NewDocuments)
        {
            output.WriteLine($"  - {Day(document)} {labels.OnTimeline(document)} ({DocumentKinds.Label(document.Kind)})");
        }

        if (changes.UndatedDocuments > 0)
        {
            output.WriteLine(changes.UndatedDocuments == 1
                ? "1 document heeft geen datum en telt daarom niet mee."
                : $"{changes.UndatedDocuments} documenten hebben geen datum en tellen daarom niet mee.");
        }
    }

    private static string Day(DocumentInfo document) => document.Date is { } date ? Dutch.Date(date) : "zonder datum";
}
