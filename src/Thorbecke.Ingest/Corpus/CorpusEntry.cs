using Thorbecke.Core.Documents;

namespace Thorbecke.Ingest.Corpus;

/// <summary>One document listed in a corpus.json.</summary>
public sealed record CorpusEntry(string File, string? Party, string? Kind, string? Election, string? Title, string? Sha256, DateOnly? Date = null)
{
    public DocumentMetadata ToMetadata() => new(Party, Kind, Election, Title, Sha256, Date);
}
