using System.Text;
using Thorbecke.Core.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Thorbecke.Ingest.Pdf;

/// <summary>Opens a PDF with PdfPig and turns every way that can fail into a <see cref="DocumentReadException"/>.</summary>
internal static class PdfOpener
{
    private static readonly ParsingOptions Parsing = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static PdfDocument Open(byte[] content)
    {
        if (content.Length == 0)
        {
            throw new DocumentReadException(PdfReadReasons.Empty);
        }

        if (!HasPdfHeader(content))
        {
            throw new DocumentReadException(PdfReadReasons.Corrupt("het begint niet met een PDF-kop (%PDF-)"));
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, Parsing);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException(PdfReadReasons.Encrypted, e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new DocumentReadException(PdfReadReasons.Corrupt(Describe(e)), e);
        }

        try
        {
            if (document.NumberOfPages == 0)
            {
                throw new DocumentReadException(PdfReadReasons.NoPages);
            }
        }
        catch (Exception e) when (e is not DocumentReadException and not OutOfMemoryException)
        {
            document.Dispose();
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

    /// <summary>Readers accept junk before the header, as the PDF specification allows, within the first kilobyte.</summary>
    private static bool HasPdfHeader(byte[] content)
    {
        var window = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 1024));
        return window.Contains("%PDF-", StringComparison.Ordinal);
    }
}
