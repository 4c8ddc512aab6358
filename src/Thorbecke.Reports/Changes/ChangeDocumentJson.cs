namespace Thorbecke.Reports.Changes;

/// <summary>A document dated on or after the day (see <see cref="ChangesJson"/>).</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Title">How the timeline names it.</param>
/// <param name="Kind">Its kind's wire name.</param>
/// <param name="Date">Its date, ISO 8601.</param>
public sealed record ChangeDocumentJson(string Document, string Title, string Kind, string? Date);
