namespace Thorbecke.Core.Documents;

/// <summary>What is known about a document before it is read: from a corpus.json, an upload form or the file name.</summary>
/// <param name="Date">The date the document was published or signed; null when it has to be read from the document.</param>
public sealed record DocumentMetadata(string? Party = null, string? Kind = null, string? Election = null, string? Title = null, string? Sha256 = null, DateOnly? Date = null)
{
    public static DocumentMetadata Unknown { get; } = new();
}
