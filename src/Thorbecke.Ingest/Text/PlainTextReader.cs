using System.Text;
using System.Text.RegularExpressions;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;
using Thorbecke.Ingest.Segmentation;

namespace Thorbecke.Ingest.Text;

/// <summary>
/// Reads plain text and Markdown: a form feed starts a new page, blank lines separate paragraphs,
/// '#' lines are headings (level = number of '#'), and lines starting with '-', '*', '+', '•' or "1."
/// are list items. The page text keeps the lines as written, markers included.
/// </summary>
public sealed partial class PlainTextReader : IDocumentReader
{
    private readonly PassageOptions passages;
    private readonly ReadLimits limits;

    public PlainTextReader(PassageOptions? passages = null, ReadLimits? limits = null)
    {
        this.passages = passages ?? PassageOptions.Default;
        this.limits = limits ?? ReadLimits.Default;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md", ".markdown"];

    public ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        if (content.Length > limits.MaxMarkupBytes)
        {
            throw new DocumentReadException(LimitReasons.MarkupTooLarge(content.Length, limits.MaxMarkupBytes));
        }

        var text = Decode(content);
        var pages = text.Split('\f');
        if (pages.Length > limits.MaxPages)
        {
            throw new DocumentReadException(LimitReasons.TooManyPages(pages.Length, limits.MaxPages));
        }

        var layouts = pages.Select((page, index) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new PageLayout(index + 1, Blocks(page));
        }).ToList();
        var title = layouts.SelectMany(l => l.Blocks).FirstOrDefault(b => b is { Kind: BlockKind.Heading, HeadingLevel: 1 })?.Title;
        return PassageBuilder.Build(layouts, title, passages, limits);
    }

    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Latin-1, which never fails.</summary>
    public static string Decode(byte[] content)
    {
        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var text = strict.GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }

    private static List<TextBlock> Blocks(string page)
    {
        var blocks = new List<TextBlock>();
        var lines = new List<string>();
        var kind = BlockKind.Paragraph;

        void Flush()
        {
            if (lines.Count > 0)
            {
                blocks.Add(new TextBlock(kind, lines.ToList()));
            }

            lines.Clear();
            kind = BlockKind.Paragraph;
        }

        foreach (var raw in page.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var heading = MarkdownHeading().Match(line);
            if (heading.Success)
            {
                Flush();
                blocks.Add(new TextBlock(BlockKind.Heading, [line], heading.Groups[1].Length, heading.Groups[2].Value.Trim()));
                continue;
            }

            if (ListMarker().IsMatch(line))
            {
                Flush();
                kind = BlockKind.ListItem;
            }

            lines.Add(line);
        }

        Flush();
        return blocks;
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*(?:[-*+•]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex ListMarker();
}
