namespace Thorbecke.Ingest.Corpus;

/// <summary>A corpus.json that cannot be used; the message is Dutch and names the file.</summary>
public sealed class CorpusManifestException : Exception
{
    public CorpusManifestException(string message)
        : base(message)
    {
    }

    public CorpusManifestException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
