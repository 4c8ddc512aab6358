using Thorbecke.Core.Scanning;

namespace Thorbecke.Ingest.Corpus;

/// <summary>The files to scan, and the paths that could not even be listed (reported as scan errors).</summary>
public sealed record ScanInputSet(IReadOnlyList<ScanInput> Inputs, IReadOnlyList<ScanError> Errors);
