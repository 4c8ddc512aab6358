using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Thorbecke.Testing.Documents;

/// <summary>
/// Writes real .docx files with DocumentFormat.OpenXml: headings in the built-in "Heading N" styles
/// (or the Dutch "Kop N" names), paragraphs, bulleted items with numbering properties and page breaks.
/// </summary>
public sealed class DocxFixtureBuilder
{
    private readonly List<Action<Body>> content = [];
    private string? title;
    private bool dutchStyleNames;

    public DocxFixtureBuilder WithTitle(string documentTitle)
    {
        title = documentTitle;
        return this;
    }

    /// <summary>Name the heading styles "Kop 1", "Kop 2", ... as a Dutch Word does.</summary>
    public DocxFixtureBuilder WithDutchStyleNames()
    {
        dutchStyleNames = true;
        return this;
    }

    public DocxFixtureBuilder Heading(string text, int level = 1)
    {
        content.Add(body => body.Append(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleId(level) }),
            new Run(new Text(text)))));
        return this;
    }

    public DocxFixtureBuilder Paragraph(string text)
    {
        content.Add(body => body.Append(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))));
        return this;
    }

    public DocxFixtureBuilder Bullet(string text)
    {
        content.Add(body => body.Append(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new Text(text)))));
        return this;
    }

    public DocxFixtureBuilder PageBreak()
    {
        content.Add(body => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page }))));
        return this;
    }

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, Build());
        return path;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            foreach (var add in content)
            {
                add(body);
            }

            AddStyles(main);
            AddBulletNumbering(main);
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private string StyleId(int level) => dutchStyleNames ? $"Kop{level}" : $"Heading{level}";

    private void AddStyles(MainDocumentPart main)
    {
        var styles = new Styles();
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = dutchStyleNames ? $"Kop {level}" : $"heading {level}" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
            { Type = StyleValues.Paragraph, StyleId = StyleId(level) });
        }

        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static void AddBulletNumbering(MainDocumentPart main)
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
    }
}
