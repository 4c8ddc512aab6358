namespace Thorbecke.Web.Uploads;

/// <summary>What a user typed in the upload form, shown again when the upload is refused.</summary>
/// <param name="Date">The date as typed, so a date that could not be read is shown to be corrected.</param>
internal sealed record UploadForm(string? Party, string? Kind, string? Date = null);
