using System.Net;
using System.Text.RegularExpressions;

namespace Thorbecke.Web.Tests.Timelines;

/// <summary>Parts of a page as a reader sees them: an element's HTML by its id or class, and its text without the tags.</summary>
internal static partial class PageText
{
    /// <summary>The text a reader reads: tags dropped, entities decoded, white space collapsed.</summary>
    public static string Of(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim()
            .Replace(" ,", ",", StringComparison.Ordinal).Replace(" :", ":", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal).Replace("( ", "(", StringComparison.Ordinal);

    /// <summary>The first element <c>&lt;tag ...attribute...&gt;</c> with everything inside it, elements of the same tag nested in it included.</summary>
    public static string Element(string html, string tag, string attribute)
    {
        var start = Regex.Match(html, $"<{tag}\\b[^>]*{Regex.Escape(attribute)}[^>]*>");
        Assert.True(start.Success, $"No <{tag} {attribute}> on the page.");
        var depth = 0;
        foreach (Match match in Regex.Matches(html[start.Index..], $"<(/?){tag}\\b[^>]*>"))
        {
            depth += match.Groups[1].Value.Length == 0 ? 1 : -1;
            if (depth == 0)
            {
                return html.Substring(start.Index, match.Index + match.Length);
            }
        }

        throw new InvalidOperationException($"<{tag} {attribute}> is not closed.");
    }

    /// <summary>Every value of <paramref name="attribute"/> in <paramref name="html"/>, in page order.</summary>
    public static IReadOnlyList<string> Values(string html, string attribute) =>
        Regex.Matches(html, $"{Regex.Escape(attribute)}=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
