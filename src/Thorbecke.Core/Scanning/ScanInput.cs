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

    /// <summary>Set for a document that is already in the store: it is judged again from its stored pages, not read.</summary>
    public string? StoredSha256 { get; init; }

    /// <summary>
    /// A document of an earlier scan, to be judged again in a new run (for example when an upload adds a programme
    /// to the set); its pages come from the store, so its file need not be at hand.
    /// </summary>
    public static ScanInput Stored(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = new DocumentMetadata(document.Party, document.Kind, document.Election, document.Title, document.Sha256, document.Date);
        return new ScanInput(document.File, () => throw new InvalidOperationException("A stored document is not read again."), metadata, document.Pages)
        {
            StoredSha256 = document.Sha256,
        };
    }
}
