namespace Thorbecke.Web.Uploads;

/// <summary>What a user typed in the upload form, shown again when the upload is refused.</summary>
internal sealed record UploadForm(string? Party, string? Kind);
