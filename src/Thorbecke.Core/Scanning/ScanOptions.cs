using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Scanning;

/// <summary>Settings for <see cref="Scanner"/>.</summary>
public sealed record ScanOptions
{
    /// <summary>How many files are read and matched at the same time.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How long reading and judging one file may take; past it that file fails with a reason and the others go on.</summary>
    public TimeSpan FileTimeLimit { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Files bigger than this are refused before they are loaded into memory.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Where the original files of readable documents are kept; none when null.</summary>
    public IDocumentArchive? Archive { get; init; }
}
