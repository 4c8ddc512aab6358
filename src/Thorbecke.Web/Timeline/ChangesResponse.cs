using Thorbecke.Core.Timelines;

namespace Thorbecke.Web.Timeline;

/// <summary>
/// What changed since a day, as <c>GET /api/changes</c> returns it (and <c>thorbecke changes --json</c> prints it):
/// statuses and outcomes by their wire names, dates as ISO 8601.
/// </summary>
/// <param name="Since">The first day that counts as new.</param>
/// <param name="Changes">The asks whose status or commitment moved, in agenda order.</param>
/// <param name="NewDocuments">The documents dated on or after the day, oldest first.</param>
/// <param name="UndatedDocuments">How many documents have no date, and so are in no "since".</param>
public sealed record ChangesResponse(DateOnly Since, IReadOnlyList<AskChange> Changes, IReadOnlyList<NewDocument> NewDocuments, int UndatedDocuments)
{
    public static ChangesResponse From(ChangeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Since,
            report.Changes.Select(AskChange.From).ToList(),
            report.NewDocuments.Select(NewDocument.From).ToList(),
            report.UndatedDocuments);
    }
}
