using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Thorbecke.Testing.Documents;

/// <summary>
/// Repairs PdfPig's standard-14 fonts: its builder declares /StandardEncoding but writes accented
/// letters with their Latin-1 codes (ë as 0xEB), so every reader, pdftotext included, shows "º".
/// An incremental update replaces each font dictionary with one whose /Differences name the
/// Latin-1 letters, which leaves the bytes PdfPig wrote untouched.
/// </summary>
internal static partial class Standard14EncodingFix
{
    private static readonly string[] Latin1Letters =
    [
        "Agrave", "Aacute", "Acircumflex", "Atilde", "Adieresis", "Aring", "AE", "Ccedilla",
        "Egrave", "Eacute", "Ecircumflex", "Edieresis", "Igrave", "Iacute", "Icircumflex", "Idieresis",
        "Eth", "Ntilde", "Ograve", "Oacute", "Ocircumflex", "Otilde", "Odieresis", "multiply",
        "Oslash", "Ugrave", "Uacute", "Ucircumflex", "Udieresis", "Yacute", "Thorn", "germandbls",
        "agrave", "aacute", "acircumflex", "atilde", "adieresis", "aring", "ae", "ccedilla",
        "egrave", "eacute", "ecircumflex", "edieresis", "igrave", "iacute", "icircumflex", "idieresis",
        "eth", "ntilde", "ograve", "oacute", "ocircumflex", "otilde", "odieresis", "divide",
        "oslash", "ugrave", "uacute", "ucircumflex", "udieresis", "yacute", "thorn", "ydieresis",
    ];

    public static byte[] Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var fonts = FontObject().Matches(text);
        var trailer = Trailer().Match(text);
        var startXref = StartXref().Matches(text);
        if (fonts.Count == 0 || !trailer.Success || startXref.Count == 0)
        {
            return pdf;
        }

        var differences = "[192 " + string.Join(' ', Latin1Letters.Select(n => "/" + n)) + "]";
        var update = new StringBuilder();
        var offsets = new List<(int Number, long Offset)>();
        foreach (Match font in fonts)
        {
            var number = int.Parse(font.Groups["number"].Value, CultureInfo.InvariantCulture);
            offsets.Add((number, pdf.Length + update.Length));
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n<</Type /Font /Subtype /Type1 /BaseFont /{font.Groups["base"].Value} ");
            update.Append(CultureInfo.InvariantCulture, $"/Encoding << /Type /Encoding /BaseEncoding /StandardEncoding /Differences {differences} >> >>\nendobj\n");
        }

        var xref = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {trailer.Groups["size"].Value} /Root {trailer.Groups["root"].Value} 0 R");
        if (InfoReference().Match(text) is { Success: true } info)
        {
            update.Append(CultureInfo.InvariantCulture, $" /Info {info.Groups["info"].Value} 0 R");
        }

        update.Append(CultureInfo.InvariantCulture, $" /Prev {startXref[^1].Groups["offset"].Value} >>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    [GeneratedRegex(@"(?<number>\d+) 0 obj\s*<<\s*/Type /Font /Subtype /Type1 /BaseFont /(?<base>[A-Za-z-]+) /Encoding /StandardEncoding\s*>>")]
    private static partial Regex FontObject();

    [GeneratedRegex(@"trailer\s*<<\s*/Size (?<size>\d+) /Root (?<root>\d+) 0 R")]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/Info (?<info>\d+) 0 R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"startxref\s+(?<offset>\d+)")]
    private static partial Regex StartXref();
}
