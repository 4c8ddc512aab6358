using System.Text;
using Thorbecke.Core.Documents;
using Thorbecke.Ingest.Limits;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Thorbecke.Ingest.Pdf;

/// <summary>Opens a PDF with PdfPig and turns every way that can fail into a <see cref="DocumentReadException"/>.</summary>
internal static class PdfOpener
{
    /// <summary>
    /// Opens <paramref name="content"/> with every stream PdfPig unpacks charged to <paramref name="budget"/>. A refusal
    /// by the budget wins over whatever PdfPig made of it, so the user reads the real reason.
    /// </summary>
    public static PdfDocument Open(byte[] content, UnpackBudget budget)
    {
        if (content.Length == 0)
        {
            throw new DocumentReadException(PdfReadReasons.Empty);
        }

        if (!HasPdfHeader(content))
        {
            throw new DocumentReadException(PdfReadReasons.Corrupt("het begint niet met een PDF-kop (%PDF-)"));
        }

        var pageTree = new PageTreeGuard(budget);
        pageTree.Count(content);
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            FilterProvider = new BoundedFilterProvider(budget, pageTree),
        };

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, parsing);
        }
        catch (PdfDocumentEncryptedException e)
        {
            budget.ThrowIfExceeded();
            throw new DocumentReadException(IsEncrypted(content) ? PdfReadReasons.Encrypted : PdfReadReasons.Corrupt(Describe(e)), e);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not DocumentReadException)
        {
            budget.ThrowIfExceeded();
            throw new DocumentReadException(IsTruncated(content) ? PdfReadReasons.Truncated : PdfReadReasons.Corrupt(Describe(e)), e);
        }

        try
        {
            if (document.NumberOfPages == 0)
            {
                throw new DocumentReadException(PdfReadReasons.NoPages);
            }

            if (document.NumberOfPages > budget.Limits.MaxPages)
            {
                throw new DocumentReadException(LimitReasons.TooManyPages(document.NumberOfPages, budget.Limits.MaxPages));
            }
        }
        catch (Exception e) when (e is not DocumentReadException and not OutOfMemoryException)
        {
            document.Dispose();
            budget.ThrowIfExceeded();
            throw new DocumentReadException(PdfReadReasons.Corrupt(Describe(e)), e);
        }
        catch (DocumentReadException)
        {
            document.Dispose();
            throw;
        }

        return document;
    }

    /// <summary>A short technical detail for the reason; PdfPig's messages are English but precise.</summary>
    public static string Describe(Exception e)
    {
        var message = e.Message.ReplaceLineEndings(" ").Trim();
        if (message.Length > 160)
        {
            message = message[..157] + "...";
        }

        return message.Length == 0 ? "de opbouw van het bestand kan niet worden gelezen" : $"de opbouw kan niet worden gelezen ({message})";
    }

    /// <summary>
    /// Every complete PDF ends with "%%EOF" (a few bytes of padding may follow). A file cut off while downloading lacks
    /// it, and then saying so helps the user more than any detail of what broke.
    /// </summary>
    public static bool IsTruncated(byte[] content)
    {
        var tail = Encoding.ASCII.GetString(content, Math.Max(0, content.Length - 1024), Math.Min(content.Length, 1024));
        return !tail.Contains("%%EOF", StringComparison.Ordinal) && HasObjects(content);
    }

    /// <summary>A cut-off PDF still holds whole objects; bytes that merely start with a PDF header do not.</summary>
    private static bool HasObjects(byte[] content) => content.AsSpan().IndexOf("endobj"u8) >= 0;

    /// <summary>PdfPig also reports a damaged trailer as encryption; a file is only encrypted when it says so.</summary>
    private static bool IsEncrypted(byte[] content) => content.AsSpan().IndexOf("/Encrypt"u8) >= 0;

    /// <summary>Readers accept junk before the header, as the PDF specification allows, within the first kilobyte.</summary>
    private static bool HasPdfHeader(byte[] content)
    {
        var window = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 1024));
        return window.Contains("%PDF-", StringComparison.Ordinal);
    }
}
