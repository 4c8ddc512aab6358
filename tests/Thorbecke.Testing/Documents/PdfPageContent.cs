namespace Thorbecke.Testing.Documents;

/// <summary>The content of one generated PDF page, in reading order.</summary>
public sealed class PdfPageContent
{
    internal List<PdfItem> Items { get; } = [];

    /// <summary>A bold heading: level 1 is 18 pt, level 2 is 14 pt, deeper levels 11 pt.</summary>
    public PdfPageContent Heading(string text, int level = 1) => Add(new PdfItem(PdfItemKind.Heading, [text], level));

    /// <summary>A paragraph of 10 pt body text, wrapped to the column.</summary>
    public PdfPageContent Paragraph(string text) => Add(new PdfItem(PdfItemKind.Paragraph, [text]));

    /// <summary>A bullet ("•") item with a hanging indent.</summary>
    public PdfPageContent Bullet(string text) => Add(new PdfItem(PdfItemKind.Bullet, [text]));

    /// <summary>A paragraph with exactly these lines, for example a word hyphenated across two lines.</summary>
    public PdfPageContent Lines(params string[] lines) => Add(new PdfItem(PdfItemKind.Lines, lines));

    /// <summary>On a two-column page: continue at the top of the right column.</summary>
    public PdfPageContent ColumnBreak() => Add(new PdfItem(PdfItemKind.ColumnBreak, []));

    private PdfPageContent Add(PdfItem item)
    {
        Items.Add(item);
        return this;
    }
}
