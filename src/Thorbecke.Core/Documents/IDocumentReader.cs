namespace Thorbecke.Core.Documents;

/// <summary>Turns the bytes of one file format into pages and passages.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader handles, lower case with the dot (".pdf").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads a file; throws <see cref="DocumentReadException"/> with a reason a user understands.</summary>
    ExtractedText Read(byte[] content, string fileName);
}
