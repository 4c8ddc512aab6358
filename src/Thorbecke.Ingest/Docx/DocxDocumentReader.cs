using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;
using Thorbecke.Ingest.Segmentation;

namespace Thorbecke.Ingest.Docx;

/// <summary>
/// Reads Word documents (.docx). Headings come from paragraph styles ("Heading 1".., "Kop 1"..,
/// Title) and outline levels; numbered or bulleted paragraphs are list items.
/// </summary>
/// <remarks>
/// A .docx file does not store pages: Word lays them out when it opens the file. So pages here are
/// only what the author fixed: explicit page breaks, "page break before" paragraphs and section
/// breaks that start a new page. A document without any of those is one page. Page numbers are then
/// honest (they match the printed document wherever the author forced a break) rather than guessed.
/// </remarks>
public sealed class DocxDocumentReader : IDocumentReader
{
    private readonly PassageOptions passages;
    private readonly ReadLimits limits;

    public DocxDocumentReader(PassageOptions? passages = null, ReadLimits? limits = null)
    {
        this.passages = passages ?? PassageOptions.Default;
        this.limits = limits ?? ReadLimits.Default;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        if (content.Length == 0)
        {
            throw new DocumentReadException("het bestand is leeg (0 bytes)");
        }

        if (content.Length >= 4 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0)
        {
            throw new DocumentReadException("het bestand is versleuteld met een wachtwoord of is een oud Word-bestand (.doc); sla het op als .docx zonder wachtwoord");
        }

        DocxPackageGuard.Check(content, limits, cancellationToken);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedPartBytes });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new DocumentReadException("het Word-document heeft geen inhoud (document.xml ontbreekt)");
            var styles = new DocxStyles(main!.StyleDefinitionsPart?.Styles);
            var layouts = Pages(body, styles, cancellationToken);
            var title = document.PackageProperties.Title?.Trim() is { Length: > 0 } t
                ? t
                : layouts.SelectMany(l => l.Blocks).FirstOrDefault(b => b is { Kind: BlockKind.Heading, HeadingLevel: 1 })?.Title;
            return PassageBuilder.Build(layouts, title, passages, limits);
        }
        catch (Exception e) when (e is DocumentReadException or OperationCanceledException)
        {
            throw;
        }
        catch (XmlException e)
        {
            throw new DocumentReadException($"het bestand is beschadigd of geen geldig Word-document (.docx): {XmlReasons.Describe(e)}", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException($"het bestand is beschadigd of geen geldig Word-document (.docx): {e.Message}", e);
        }
    }

    private static List<PageLayout> Pages(Body body, DocxStyles styles, CancellationToken cancellationToken)
    {
        var pages = new List<PageLayout>();
        var blocks = new List<TextBlock>();

        void NewPage()
        {
            pages.Add(new PageLayout(pages.Count + 1, blocks));
            blocks = [];
        }

        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (paragraph.Ancestors<AlternateContentFallback>().Any())
            {
                // Text boxes are stored twice (modern and fallback markup); read them once.
                continue;
            }

            var properties = paragraph.ParagraphProperties;
            if (properties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value) && blocks.Count > 0)
            {
                NewPage();
            }

            var (level, styleNumbered) = styles.Describe(properties?.ParagraphStyleId?.Val?.Value);
            if (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                level = outline + 1;
            }

            var numbered = styleNumbered || properties?.NumberingProperties?.NumberingId?.Val?.Value is > 0;
            var kind = level > 0 ? BlockKind.Heading : numbered ? BlockKind.ListItem : BlockKind.Paragraph;
            var parts = ParagraphText(paragraph);
            for (var i = 0; i < parts.Count; i++)
            {
                if (i > 0)
                {
                    NewPage();
                }

                var lines = parts[i].Split('\n').Select(PassageBuilder.CleanLine).Where(l => l.Length > 0).ToList();
                if (lines.Count > 0)
                {
                    blocks.Add(new TextBlock(kind, lines, level));
                }
            }

            if (properties?.SectionProperties is { } section && StartsNewPage(section))
            {
                NewPage();
            }
        }

        if (blocks.Count > 0 || pages.Count == 0)
        {
            NewPage();
        }

        return pages;
    }

    /// <summary>A section break starts a new page unless it is continuous (the default type is "next page").</summary>
    private static bool StartsNewPage(SectionProperties section)
    {
        var type = section.GetFirstChild<SectionType>()?.Val?.Value;
        return type is null || type == SectionMarkValues.NextPage || type == SectionMarkValues.OddPage || type == SectionMarkValues.EvenPage;
    }

    /// <summary>The paragraph's text, split where it holds an explicit page break.</summary>
    private static List<string> ParagraphText(Paragraph paragraph)
    {
        var parts = new List<string>();
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case Break br when br.Type?.Value == BreakValues.Page:
                    parts.Add(text.ToString());
                    text.Clear();
                    break;
                case Break:
                    text.Append('\n');
                    break;
            }
        }

        parts.Add(text.ToString());
        return parts;
    }
}
