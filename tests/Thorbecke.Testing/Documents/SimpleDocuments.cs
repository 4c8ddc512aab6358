using System.Text;

namespace Thorbecke.Testing.Documents;

/// <summary>Small HTML and text documents, written as files, for reader tests and samples.</summary>
public static class SimpleDocuments
{
    /// <summary>An HTML page with navigation, script, style and footer that a reader must skip.</summary>
    public static string Html(string title, params (string Heading, string[] Paragraphs)[] sections)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title>\n");
        html.Append("<style>body { font-family: sans-serif; }</style>\n<script>var menu = 'verborgen script';</script>\n</head>\n<body>\n");
        html.Append("<nav><a href=\"/\">Home</a> <a href=\"/programma\">Menu programma</a></nav>\n");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        foreach (var (heading, paragraphs) in sections)
        {
            html.Append("<h2>").Append(Encode(heading)).Append("</h2>\n");
            foreach (var paragraph in paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
            }
        }

        html.Append("<footer>Copyright voettekst van de website</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Markdown: '#' title, '##' sections, paragraphs separated by blank lines; "\f" between pages.</summary>
    public static string Markdown(string title, params (string Heading, string[] Paragraphs)[] sections)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(title).Append("\n\n");
        foreach (var (heading, paragraphs) in sections)
        {
            text.Append("## ").Append(heading).Append("\n\n");
            foreach (var paragraph in paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
