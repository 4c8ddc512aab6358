namespace Thorbecke.Ingest.Segmentation;

/// <summary>The blocks of one page in reading order. <paramref name="Number"/> is the 1-based page index in the file.</summary>
public sealed record PageLayout(int Number, IReadOnlyList<TextBlock> Blocks);
