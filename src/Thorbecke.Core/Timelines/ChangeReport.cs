using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Timelines;

/// <summary>
/// What is new since a day: the asks whose status or commitment moved, in agenda order, and the dated documents of
/// that day or later. "Since" reads the documents' own dates, so the same question gives the same answer on every
/// machine and every day; a document without a date cannot be placed and is counted apart.
/// </summary>
/// <param name="Since">The first day that counts as new.</param>
/// <param name="Changes">The asks that moved.</param>
/// <param name="NewDocuments">The documents dated on or after <paramref name="Since"/>, oldest first.</param>
/// <param name="UndatedDocuments">How many documents have no date and so are in no "since".</param>
public sealed record ChangeReport(DateOnly Since, IReadOnlyList<StatusChange> Changes, IReadOnlyList<DocumentInfo> NewDocuments, int UndatedDocuments)
{
    /// <summary>Compares every ask's timeline now with the same timeline before <paramref name="since"/>.</summary>
    public static ChangeReport Of(IReadOnlyList<AskTimeline> timelines, IReadOnlyList<DocumentInfo> documents, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentNullException.ThrowIfNull(documents);
        var changes = new List<StatusChange>();
        foreach (var now in timelines)
        {
            var before = now.Before(since);
            if (before.Status != now.Status || before.Commitment?.Outcome != now.Commitment?.Outcome)
            {
                var movedBy = now.Steps.Where(s => s.SetsStatus && s.Document.Date >= since).ToList();
                changes.Add(new StatusChange(now, before.Status, before.Commitment?.Outcome, movedBy));
            }
        }

        var fresh = documents.Where(d => d.Date >= since).OrderBy(d => d.Date).ToList();
        return new ChangeReport(since, changes, fresh, documents.Count(d => d.Date is null));
    }
}
