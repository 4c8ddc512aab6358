using System.Text;

namespace Thorbecke.Core.Evaluation;

/// <summary>Text with every run of whitespace made one space, so line breaks from PDF layout do not count as differences.</summary>
internal static class WhitespaceText
{
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
