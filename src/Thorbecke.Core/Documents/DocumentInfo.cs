using System.Globalization;

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

    /// <summary>
    /// How far the page numbers printed on the pages lag behind the PDF's own page index (2 when printed page 40 is
    /// the PDF's page 42, after a cover and a blank page); 0 when they agree or the document prints none.
    /// </summary>
    public int PrintedPageOffset { get; init; }

    /// <summary>
    /// The date the document was published or signed, which places it on an ask's timeline; null when neither its
    /// description nor its first pages give one (it is then shown at the end, undated).
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// A page as a reader finds it in the document: "p. 40 (pdf 42)" when the printed number differs from the PDF index,
    /// "p. 42" when they agree, "pdf p. 1" for a page before the printed numbering starts (a cover).
    /// </summary>
    public string Cite(int page)
    {
        var printed = page - PrintedPageOffset;
        return PrintedPageOffset == 0 ? string.Create(CultureInfo.InvariantCulture, $"p. {page}")
            : printed >= 1 ? string.Create(CultureInfo.InvariantCulture, $"p. {printed} (pdf {page})")
            : string.Create(CultureInfo.InvariantCulture, $"pdf p. {page}");
    }
}
