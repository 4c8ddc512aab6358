namespace Thorbecke.Testing.Documents;

/// <summary>What a generated PDF page item is.</summary>
internal enum PdfItemKind
{
    Heading,
    Paragraph,
    Bullet,
    Lines,
    ColumnBreak,
}
