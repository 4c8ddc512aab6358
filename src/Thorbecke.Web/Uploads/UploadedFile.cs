namespace Thorbecke.Web.Uploads;

/// <summary>One file as the browser sent it, checked by <see cref="UploadRules"/>.</summary>
internal sealed record UploadedFile(string FileName, byte[] Content);
