using System.Text.RegularExpressions;
using Thorbecke.Core.Documents;

namespace Thorbecke.Web.Pages;

/// <summary>
/// The passage a quote comes from, with the quote marked, so a reviewer judges the sentence in its paragraph without
/// opening the document. Quotes have their whitespace collapsed; the passage keeps its line breaks, so the quote is
/// found word by word with any whitespace between.
/// </summary>
internal static class QuoteContext
{
    private static readonly TimeSpan MatchTime = TimeSpan.FromMilliseconds(200);

    /// <summary>Enough of the passage on either side to read the quote's sentence in its paragraph.</summary>
    private const int Around = 240;

    /// <summary>The HTML of the passage on <paramref name="page"/> that holds <paramref name="quote"/>, or null when none does.</summary>
    public static string? Html(Document document, int page, string quote)
    {
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var pattern = new Regex(string.Join(@"\s+", words.Select(Regex.Escape)), RegexOptions.CultureInvariant, MatchTime);
        foreach (var passage in document.Passages.Where(p => p.Page == page))
        {
            try
            {
                var match = pattern.Match(passage.Text);
                if (match.Success)
                {
                    var text = passage.Text;
                    return Before(text[..match.Index]) + "<mark>" + Pages.Html.E(match.Value) + "</mark>" + After(text[(match.Index + match.Length)..]);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        return null;
    }

    private static string Before(string text)
    {
        if (text.Length <= Around)
        {
            return Pages.Html.E(text);
        }

        var start = text.IndexOf(' ', text.Length - Around);
        return "… " + Pages.Html.E(text[(start < 0 ? text.Length - Around : start + 1)..]);
    }

    private static string After(string text)
    {
        if (text.Length <= Around)
        {
            return Pages.Html.E(text);
        }

        var end = text.LastIndexOf(' ', Around);
        return Pages.Html.E(text[..(end < 0 ? Around : end)]) + " …";
    }
}
