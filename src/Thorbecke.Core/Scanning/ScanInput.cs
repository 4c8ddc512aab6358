using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Scanning;

/// <summary>One file to scan. The content is loaded lazily so that the use case itself does no I/O.</summary>
/// <param name="FileName">The file name shown to users and stored as the document's file.</param>
/// <param name="LoadContent">Reads the file's bytes; may throw <see cref="IOException"/>.</param>
/// <param name="Metadata">What is known about the file beforehand.</param>
/// <param name="SizeHint">The file's size in bytes if known; big files are started first so parallel work ends together.</param>
public sealed record ScanInput(string FileName, Func<byte[]> LoadContent, DocumentMetadata Metadata, long SizeHint = 0)
{
    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();
}
