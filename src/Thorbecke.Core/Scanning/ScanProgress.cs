namespace Thorbecke.Core.Scanning;

/// <summary>What the scanner is doing with one file, for progress displays.</summary>
public sealed record ScanProgress(string File, ScanStage Stage, string? Detail = null)
{
    /// <summary>The file's position in the inputs given to the scan; two inputs may have the same file name.</summary>
    public int Input { get; init; } = -1;
}

/// <summary>The stages a file goes through during a scan.</summary>
public enum ScanStage
{
    Reading,
    Matching,
    Done,
    Failed,
}
