using UglyToad.PdfPig;

namespace Thorbecke.Ingest.Pdf;

/// <summary>
/// The title from the PDF's document information, when it is a real title and not a leftover
/// from the authoring tool ("250816 GLPvdA_Verkiezingsprogramma-V5.indd", "Microsoft Word - concept").
/// </summary>
public static class PdfTitle
{
    private static readonly string[] FileSuffixes = [".indd", ".doc", ".docx", ".pdf", ".qxp", ".qxd", ".odt", ".pages", ".ai", ".txt", ".rtf", ".pptx"];

    private static readonly string[] ToolPrefixes = ["microsoft word", "microsoft powerpoint", "untitled", "naamloos", "document", "title"];

    internal static string? From(PdfDocument document)
    {
        try
        {
            return Clean(document.Information.Title);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken information dictionary only costs the title.
            return null;
        }
    }

    /// <summary>Returns the trimmed title when it looks like one a person wrote, otherwise null.</summary>
    public static string? Clean(string? title)
    {
        var text = title?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 4 || text.Length > 200 || !text.Any(char.IsLetter))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        if (FileSuffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal))
            || ToolPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal))
            || (text.Contains('_', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal)))
        {
            return null;
        }

        return text;
    }
}
