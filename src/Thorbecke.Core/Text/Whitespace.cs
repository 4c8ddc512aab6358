using System.Text;

namespace Thorbecke.Core.Text;

/// <summary>
/// The verbatim rule's one allowance: a quote matches its page when both read alike with every run of whitespace
/// as one space, because PDFs break lines where the quote does not. Kept in Core because evaluation checks quotes with it.
/// </summary>
public static class Whitespace
{
    /// <summary>Collapses every run of whitespace (and stray control characters) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
