namespace Thorbecke.Core.Documents;

/// <summary>
/// Keeps the original file of every scanned document, so a reviewer can open the PDF at the quoted page and an
/// uploaded document can be scanned again later. Files are addressed by their content hash.
/// </summary>
public interface IDocumentArchive
{
    /// <summary>Stores <paramref name="content"/> unless a file with this hash is already kept.</summary>
    /// <param name="sha256">Lower-case hex SHA-256 of <paramref name="content"/>.</param>
    /// <param name="extension">The file's extension with its dot (".pdf"), so the file opens in the right program.</param>
    /// <param name="content">The file's bytes.</param>
    void Keep(string sha256, string extension, byte[] content);
}
