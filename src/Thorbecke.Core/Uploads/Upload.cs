namespace Thorbecke.Core.Uploads;

/// <summary>
/// An upload as the journal keeps it, so that a restarted server still shows what was added, what failed and what was
/// interrupted. <see cref="Id"/> is 0 until the journal has given it one.
/// </summary>
/// <param name="Date">The date the uploader gave the documents (published or signed); null to read it from the documents.</param>
public sealed record Upload(
    long Id,
    string By,
    DateTimeOffset At,
    string? Party,
    string Kind,
    UploadStatus Status,
    string? Message,
    IReadOnlyList<UploadFile> Files,
    DateOnly? Date = null)
{
    /// <summary>Waiting or being scanned.</summary>
    public bool IsActive => Status is UploadStatus.Waiting or UploadStatus.Scanning;

    /// <summary>The files the scan takes, in upload order (refused files never reach it).</summary>
    public IReadOnlyList<UploadFile> Scannable => [.. Files.Where(f => f.Outcome != UploadFileOutcome.Refused)];
}
