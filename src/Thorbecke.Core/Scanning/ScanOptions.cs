using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Scanning;

/// <summary>Settings for <see cref="Scanner"/>.</summary>
public sealed record ScanOptions
{
    /// <summary>How many files are read and matched at the same time.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Where the original files of readable documents are kept; none when null.</summary>
    public IDocumentArchive? Archive { get; init; }
}
