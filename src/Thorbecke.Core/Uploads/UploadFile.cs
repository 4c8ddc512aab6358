namespace Thorbecke.Core.Uploads;

/// <summary>One file of an upload: its name, what became of it and, in Dutch, the detail (a reason, a page count, a notice).</summary>
public sealed record UploadFile(string Name, UploadFileOutcome Outcome = UploadFileOutcome.Pending, string? Detail = null);
