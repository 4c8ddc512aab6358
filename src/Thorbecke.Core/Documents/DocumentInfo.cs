namespace Thorbecke.Core.Documents;

/// <summary>The identity and description of a scanned document, as the results contract lists it.</summary>
/// <param name="Id">Derived from the content hash, so the same file is the same document wherever it lives.</param>
/// <param name="File">The file name (without folder) it was read from.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Party">The party or organisation that wrote it.</param>
/// <param name="Kind">programme, agreement, letter, ... (free text; <c>programme</c> when unknown).</param>
/// <param name="Title">A human title.</param>
/// <param name="Election">The election it belongs to, when known.</param>
/// <param name="Pages">The number of pages (PDF: the real page count).</param>
public sealed record DocumentInfo(string Id, string File, string Sha256, string Party, string Kind, string Title, string? Election, int Pages)
{
    /// <summary>The document id for a content hash: short enough to read, long enough never to collide in practice.</summary>
    public static string IdFor(string sha256) => sha256[..16];
}
