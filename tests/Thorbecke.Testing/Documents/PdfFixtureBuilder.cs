using System.Globalization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Thorbecke.Testing.Documents;

/// <summary>
/// Writes real PDFs with PdfPig's builder and the standard 14 fonts (text must be WinAnsi: Dutch
/// accents such as ë and é are fine): headings, wrapped paragraphs, bullets, one or two columns,
/// a running header and a footer with the page number. PdfPig's builder refuses some letters (ö);
/// ë, é and the other Latin-1 letters it accepts come out right.
/// </summary>
public sealed class PdfFixtureBuilder
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 60;
    private const double Gutter = 24;
    private const double BodySize = 10;
    private const double Leading = 13;

    private readonly List<(PdfPageContent? Content, bool TwoColumns)> pages = [];
    private string? title;
    private string? header;
    private string? footer;

    public PdfFixtureBuilder WithTitle(string documentTitle)
    {
        title = documentTitle;
        return this;
    }

    /// <summary>A line at the top of every page.</summary>
    public PdfFixtureBuilder WithRunningHeader(string text)
    {
        header = text;
        return this;
    }

    /// <summary>A footer on every page: this text at the left and the page number at the right.</summary>
    public PdfFixtureBuilder WithFooter(string text)
    {
        footer = text;
        return this;
    }

    public PdfFixtureBuilder AddPage(Action<PdfPageContent> build, bool twoColumns = false)
    {
        var content = new PdfPageContent();
        build(content);
        pages.Add((content, twoColumns));
        return this;
    }

    /// <summary>A page with nothing on it (not even header or footer).</summary>
    public PdfFixtureBuilder AddBlankPage()
    {
        pages.Add((null, false));
        return this;
    }

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, Build());
        return path;
    }

    public byte[] Build()
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var fonts = new Fonts(builder.AddStandard14Font(Standard14Font.Helvetica), builder.AddStandard14Font(Standard14Font.HelveticaBold));
        for (var i = 0; i < pages.Count; i++)
        {
            var page = builder.AddPage(PageWidth, PageHeight);
            if (pages[i].Content is { } content)
            {
                WriteFurniture(page, fonts, i + 1);
                new PdfPageWriter(page, fonts, pages[i].TwoColumns).Write(content);
            }
        }

        return Standard14EncodingFix.Apply(builder.Build());
    }

    private void WriteFurniture(PdfPageBuilder page, Fonts fonts, int number)
    {
        if (header is not null)
        {
            page.AddText(header, 8, new PdfPoint(Margin, PageHeight - 36), fonts.Regular);
        }

        if (footer is not null)
        {
            page.AddText(footer, 8, new PdfPoint(Margin, 30), fonts.Regular);
            page.AddText(number.ToString(CultureInfo.InvariantCulture), 8, new PdfPoint(PageWidth - Margin - 10, 30), fonts.Regular);
        }
    }

    internal sealed record Fonts(PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold);

    /// <summary>Lays out one page's items, top to bottom, column after column.</summary>
    private sealed class PdfPageWriter(PdfPageBuilder page, Fonts fonts, bool twoColumns)
    {
        private readonly double columnWidth = twoColumns ? (PageWidth - (2 * Margin) - Gutter) / 2 : PageWidth - (2 * Margin);
        private int column;
        private double y = PageHeight - Margin - 20;

        public void Write(PdfPageContent content)
        {
            foreach (var item in content.Items)
            {
                switch (item.Kind)
                {
                    case PdfItemKind.Heading:
                        var size = item.Level switch { 1 => 18.0, 2 => 14.0, _ => 11.0 };
                        Gap(size * 0.6);
                        WriteLines(Wrap(item.Texts[0], size, fonts.Bold, columnWidth), size, fonts.Bold, 0, size * 1.25);
                        Gap(size * 0.4);
                        break;
                    case PdfItemKind.Paragraph:
                        WriteLines(Wrap(item.Texts[0], BodySize, fonts.Regular, columnWidth), BodySize, fonts.Regular, 0, Leading);
                        Gap(Leading * 0.7);
                        break;
                    case PdfItemKind.Lines:
                        WriteLines(item.Texts, BodySize, fonts.Regular, 0, Leading);
                        Gap(Leading * 0.7);
                        break;
                    case PdfItemKind.Bullet:
                        page.AddText("•", BodySize, new PdfPoint(Left, y), fonts.Regular);
                        WriteLines(Wrap(item.Texts[0], BodySize, fonts.Regular, columnWidth - 12), BodySize, fonts.Regular, 12, Leading);
                        Gap(Leading * 0.3);
                        break;
                    case PdfItemKind.ColumnBreak:
                        NextColumn();
                        break;
                }
            }
        }

        private double Left => Margin + (column * (columnWidth + Gutter));

        private void Gap(double points) => y -= points;

        private void WriteLines(IReadOnlyList<string> lines, double size, PdfDocumentBuilder.AddedFont font, double indent, double leading)
        {
            foreach (var line in lines)
            {
                if (y < Margin + 20)
                {
                    NextColumn();
                }

                page.AddText(line, size, new PdfPoint(Left + indent, y), font);
                y -= leading;
            }
        }

        private void NextColumn()
        {
            if (!twoColumns || column == 1)
            {
                throw new InvalidOperationException("Fixture page is full; put less text on one page.");
            }

            column = 1;
            y = PageHeight - Margin - 20;
        }

        private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Width(candidate, size, font) > width)
                {
                    lines.Add(line);
                    candidate = word;
                }

                line = candidate;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            return lines;
        }

        private double Width(string text, double size, PdfDocumentBuilder.AddedFont font)
        {
            var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }
    }
}
