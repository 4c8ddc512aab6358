using Thorbecke.Core.Uploads;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// The files of an upload that may go to the scan, the ones refused at the door (each with its reason), or the problem
/// that refuses the whole upload.
/// </summary>
internal sealed record UploadCheck(IReadOnlyList<UploadedFile> Files, IReadOnlyList<UploadFile> Refused, string? Error)
{
    public static UploadCheck Fail(string error) => new([], [], error);

    /// <summary>Nothing to scan: the upload as a whole is refused, with the reason or the reasons of its files.</summary>
    public bool RefusesAll => Error is not null || Files.Count == 0;

    /// <summary>Why nothing can be scanned, naming every refused file.</summary>
    public string Problem => Error ?? string.Join(" ", Refused.Select(r => $"{r.Name}: {r.Detail}"));
}
