using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;

namespace Thorbecke.Ingest.Html;

/// <summary>
/// Estimates how deep the elements of an HTML text nest, in one linear pass, before the parser builds a tree. The
/// HTML parser accepts any depth, and at a million unclosed &lt;div&gt;s each new element costs a walk over all the
/// open ones, which takes minutes; a few thousand nested tables overflow recursive code downstream.
/// </summary>
/// <remarks>
/// Like the parser, an end tag closes every element opened after its start tag. Void elements and those the parser
/// closes by itself when a sibling starts (p, li, td, ...) are not counted, so sloppy but ordinary HTML with
/// thousands of unclosed paragraphs passes; only real nesting adds up.
/// </remarks>
internal static class HtmlNestingGuard
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "frame", "basefont", "bgsound", "p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rtc", "rp", "tr", "td", "th",
        "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    };

    /// <summary>Elements whose content is raw text: a '&lt;' inside them is not a tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    public static void Check(string html, int maxDepth, CancellationToken cancellationToken)
    {
        var open = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = Skip(html, html.IndexOf("-->", i + 4, StringComparison.Ordinal), 3);
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!DOCTYPE", "<?xml", "a < b": not an element.
                i = Skip(html, html.IndexOf('>', i + 1), 1);
                continue;
            }

            var name = html[nameStart..nameEnd];
            i = TagEnd(html, nameEnd);
            if (closing)
            {
                var at = open.FindLastIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }
            }
            else if (RawText.Contains(name))
            {
                i = Skip(html, html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase), 2 + name.Length);
            }
            else if (!NotNesting.Contains(name))
            {
                open.Add(name);
                if (open.Count > maxDepth)
                {
                    throw new DocumentReadException(LimitReasons.TooDeep(maxDepth));
                }
            }
        }
    }

    /// <summary>
    /// Past the '&gt;' that ends a tag. As in the HTML tokenizer, a quote opens a value only right after '=' (spaces
    /// allowed), and then a '&gt;' inside it does not end the tag.
    /// </summary>
    private static int TagEnd(string html, int from)
    {
        char? quote = null;
        var afterEquals = false;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (afterEquals && c is '"' or '\'')
            {
                quote = c;
                afterEquals = false;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }

        return html.Length;
    }

    private static int Skip(string html, int found, int length) => found < 0 ? html.Length : found + length;
}
