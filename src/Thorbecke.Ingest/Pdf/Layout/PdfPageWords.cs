namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>The horizontal words of one page and its size; the input of layout analysis.</summary>
internal sealed record PdfPageWords(int Number, double Width, double Height, IReadOnlyList<PdfWordBox> Words);
