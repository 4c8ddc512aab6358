namespace Thorbecke.Core.Documents;

/// <summary>Turns the bytes of one file format into pages and passages.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader handles, lower case with the dot (".pdf").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads a file; throws <see cref="DocumentReadException"/> with a reason a user understands, also when the file
    /// asks more than the reader's <see cref="ReadLimits"/> allow. Stops soon after <paramref name="cancellationToken"/>
    /// is cancelled, which is how a scan ends a file that takes too long.
    /// </summary>
    ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default);
}
