namespace Thorbecke.Testing.Documents;

/// <summary>One item of a generated PDF page: a heading, paragraph, bullet, fixed lines or a column break.</summary>
internal sealed record PdfItem(PdfItemKind Kind, IReadOnlyList<string> Texts, int Level = 0);
