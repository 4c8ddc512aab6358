using System.Text;

namespace Thorbecke.Testing.Documents;

/// <summary>PDFs that a reader must refuse politely: encrypted, image-only, corrupt, empty.</summary>
public static class BrokenPdfs
{
    /// <summary>The user password of <see cref="Encrypted"/>.</summary>
    public const string UserPassword = "geheim";

    /// <summary>A one-page PDF with a text layer, encrypted (RC4, 40 bit) with user password <see cref="UserPassword"/>.</summary>
    public static byte[] Encrypted()
    {
        var fileId = Encoding.Latin1.GetBytes("thorbecke-fixtur");
        var owner = PdfEncryption.OwnerValue("eigenaar", UserPassword);
        var key = PdfEncryption.FileKey(UserPassword, owner, fileId);
        var user = PdfEncryption.UserValue(key);

        var writer = new RawPdfWriter();
        var catalog = writer.Add("<< /Type /Catalog /Pages 2 0 R >>");
        writer.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        var content = Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 760 Td (Geheime tekst over de gemeente.) Tj ET");
        writer.AddStream("<< >>", PdfEncryption.EncryptObject(key, writer.NextNumber, content));
        writer.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var encrypt = writer.Add($"<< /Filter /Standard /V 1 /R 2 /Length 40 /P {PdfEncryption.Permissions} /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> >>");
        var id = Convert.ToHexString(fileId);
        return writer.Build(catalog, $"/Encrypt {encrypt} 0 R /ID [<{id}> <{id}>]");
    }

    /// <summary>A one-page PDF that shows a grey image and has no text at all, like a scan without OCR.</summary>
    public static byte[] ImageOnly()
    {
        var pixels = Enumerable.Range(0, 64).Select(i => (byte)(i * 4)).ToArray();
        var writer = new RawPdfWriter();
        var catalog = writer.Add("<< /Type /Catalog /Pages 2 0 R >>");
        writer.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>");
        writer.AddStream("<< >>", Encoding.Latin1.GetBytes("q 400 0 0 560 97 140 cm /Im1 Do Q"));
        writer.AddStream("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 >>", pixels);
        return writer.Build(catalog);
    }

    /// <summary>A PDF without pages: a valid file whose page tree is empty.</summary>
    public static byte[] NoPages()
    {
        var writer = new RawPdfWriter();
        var catalog = writer.Add("<< /Type /Catalog /Pages 2 0 R >>");
        writer.Add("<< /Type /Pages /Kids [] /Count 0 >>");
        return writer.Build(catalog);
    }

    /// <summary>A PDF header followed by garbage: what a broken download looks like.</summary>
    public static byte[] Corrupt()
    {
        var random = new Random(2025);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        return [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), .. garbage];
    }

    /// <summary>The first part of a real PDF, cut off in the middle (an interrupted download).</summary>
    public static byte[] Truncated(byte[] pdf) => pdf[..(pdf.Length / 3)];

    /// <summary>A file that is not a PDF at all, but named like one.</summary>
    public static byte[] NotAPdf() => Encoding.UTF8.GetBytes("Dit is een tekstbestand met de verkeerde extensie.\n");

    public static byte[] Empty() => [];
}
