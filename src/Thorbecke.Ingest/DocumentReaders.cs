using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Docx;
using Thorbecke.Ingest.Html;
using Thorbecke.Ingest.Pdf;
using Thorbecke.Ingest.Text;

namespace Thorbecke.Ingest;

/// <summary>Every document reader, in one place: the list the CLI and the web app hand to the scanner.</summary>
public static class DocumentReaders
{
    public static IReadOnlyList<IDocumentReader> All { get; } =
    [
        new PdfDocumentReader(),
        new DocxDocumentReader(),
        new HtmlDocumentReader(),
        new PlainTextReader(),
    ];

    /// <summary>The reader for a file name's extension (case-insensitive), or null when none handles it.</summary>
    public static IDocumentReader? For(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(r => r.Extensions.Contains(extension));
    }

    /// <summary>All supported extensions, sorted: ".docx", ".htm", ...</summary>
    public static IReadOnlyList<string> Extensions { get; } =
        All.SelectMany(r => r.Extensions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
