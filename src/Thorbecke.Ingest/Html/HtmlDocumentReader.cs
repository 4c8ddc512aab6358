using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Segmentation;
using Thorbecke.Ingest.Text;

namespace Thorbecke.Ingest.Html;

/// <summary>
/// Reads HTML pages with AngleSharp: h1-h6 are headings, p, li, td and other block elements are
/// blocks, and scripts, styles, navigation and footers are dropped. A web page has no pages, so the
/// whole document is page 1.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "footer", "noscript", "template", "svg", "iframe", "object", "head", "button", "form", "select",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "td", "th", "tr", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article",
        "main", "header", "aside", "figure", "figcaption", "caption", "address", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body",
    };

    private readonly PassageOptions passages;

    public HtmlDocumentReader(PassageOptions? passages = null)
    {
        this.passages = passages ?? PassageOptions.Default;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ExtractedText Read(byte[] content, string fileName)
    {
        IDocument document;
        try
        {
            document = new HtmlParser().ParseDocument(PlainTextReader.Decode(content));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException($"het HTML-bestand kan niet worden gelezen ({e.Message})", e);
        }

        using (document)
        {
            var blocks = new List<TextBlock>();
            if (document.Body is { } body)
            {
                var walker = new Walker(blocks);
                walker.Visit(body);
                walker.Flush();
            }

            var title = document.Title?.Trim() is { Length: > 0 } t ? t : blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Title;
            return PassageBuilder.Build([new PageLayout(1, blocks)], title, passages);
        }
    }

    /// <summary>Collects inline text until a block element starts or ends, then emits it as one block.</summary>
    private sealed class Walker(List<TextBlock> blocks)
    {
        private readonly StringBuilder text = new();
        private BlockKind kind = BlockKind.Paragraph;
        private int level;

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText textNode:
                    // Line breaks in the source are layout of the HTML file, not of the text; only <br> breaks a line.
                    text.Append(textNode.Data.ReplaceLineEndings(" "));
                    return;
                case IElement element when Dropped.Contains(element.LocalName):
                    return;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    return;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush();
                    var (outerKind, outerLevel) = (kind, level);
                    (kind, level) = KindOf(element.LocalName);
                    foreach (var child in element.ChildNodes)
                    {
                        Visit(child);
                    }

                    Flush();
                    (kind, level) = (outerKind, outerLevel);
                    return;
                default:
                    foreach (var child in node.ChildNodes)
                    {
                        Visit(child);
                    }

                    return;
            }
        }

        public void Flush()
        {
            var lines = text.ToString().Split('\n').Select(PassageBuilder.CleanLine).Where(l => l.Length > 0).ToList();
            text.Clear();
            if (lines.Count > 0)
            {
                blocks.Add(new TextBlock(kind, lines, level));
            }
        }

        private static (BlockKind Kind, int Level) KindOf(string name) => name.ToLowerInvariant() switch
        {
            "h1" => (BlockKind.Heading, 1),
            "h2" => (BlockKind.Heading, 2),
            "h3" => (BlockKind.Heading, 3),
            "h4" => (BlockKind.Heading, 4),
            "h5" => (BlockKind.Heading, 5),
            "h6" => (BlockKind.Heading, 6),
            "li" or "dd" => (BlockKind.ListItem, 0),
            _ => (BlockKind.Paragraph, 0),
        };
    }
}
