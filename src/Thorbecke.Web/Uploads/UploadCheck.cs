namespace Thorbecke.Web.Uploads;

/// <summary>The checked files of an upload, or the problem (naming the file) that refuses the whole upload.</summary>
internal sealed record UploadCheck(IReadOnlyList<UploadedFile>? Files, string? Error)
{
    public static UploadCheck Fail(string error) => new(null, error);
}
