namespace Thorbecke.Core.Documents;

/// <summary>What is known about a document before it is read: from a corpus.json, an upload form or the file name.</summary>
public sealed record DocumentMetadata(string? Party = null, string? Kind = null, string? Election = null, string? Title = null, string? Sha256 = null)
{
    public static DocumentMetadata Unknown { get; } = new();
}
