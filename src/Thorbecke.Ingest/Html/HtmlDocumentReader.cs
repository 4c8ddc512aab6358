using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;
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
    private readonly ReadLimits limits;

    public HtmlDocumentReader(PassageOptions? passages = null, ReadLimits? limits = null)
    {
        this.passages = passages ?? PassageOptions.Default;
        this.limits = limits ?? ReadLimits.Default;
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ExtractedText Read(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        if (content.Length > limits.MaxMarkupBytes)
        {
            throw new DocumentReadException(LimitReasons.MarkupTooLarge(content.Length, limits.MaxMarkupBytes));
        }

        var html = PlainTextReader.Decode(content);
        HtmlNestingGuard.Check(html, limits.MaxNestingDepth, cancellationToken);
        IDocument document;
        try
        {
            document = new HtmlParser().ParseDocument(html);
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
                walker.Walk(body, cancellationToken);
            }

            var title = document.Title?.Trim() is { Length: > 0 } t ? t : blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Title;
            return PassageBuilder.Build([new PageLayout(1, blocks)], title, passages, limits);
        }
    }

    /// <summary>
    /// Collects inline text until a block element starts or ends, then emits it as one block. The walk keeps its own
    /// stack instead of recursing, so no nesting in a file can overflow the thread's stack.
    /// </summary>
    private sealed class Walker(List<TextBlock> blocks)
    {
        private readonly StringBuilder text = new();
        private BlockKind kind = BlockKind.Paragraph;
        private int level;

        public void Walk(INode root, CancellationToken cancellationToken)
        {
            // A block element is entered with its kind and left by a marker that restores the outer kind.
            var pending = new Stack<(INode? Node, BlockKind Kind, int Level)>();
            pending.Push((root, kind, level));
            var steps = 0;
            while (pending.TryPop(out var item))
            {
                if (++steps % 65_536 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (item.Node is null)
                {
                    Flush();
                    (kind, level) = (item.Kind, item.Level);
                    continue;
                }

                Visit(item.Node, pending);
            }

            Flush();
        }

        private void Visit(INode node, Stack<(INode? Node, BlockKind Kind, int Level)> pending)
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
                    pending.Push((null, kind, level));
                    (kind, level) = KindOf(element.LocalName);
                    PushChildren(node, pending);
                    return;
                default:
                    PushChildren(node, pending);
                    return;
            }
        }

        /// <summary>Children go on the stack last first, so they are visited in document order.</summary>
        private static void PushChildren(INode node, Stack<(INode? Node, BlockKind Kind, int Level)> pending)
        {
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, default, 0));
            }
        }

        private void Flush()
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
