using System.Globalization;
using System.IO.Compression;
using System.Text;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Testing.Hostile;

/// <summary>
/// Files an attacker (or a broken export) could hand to a scan: each one is small, and each one would take a naive
/// reader down through its stack, its memory or its time. Generated here so the repository ships no bombs.
/// </summary>
public static class HostileFiles
{
    /// <summary>How deep the nesting files nest; far past any stack a recursive reader has.</summary>
    public const int Depth = 100_000;

    private const long Gibibyte = 1L << 30;

    /// <summary>Made once per test run: the bombs take seconds to pack.</summary>
    private static readonly Lazy<IReadOnlyList<HostileFile>> Made = new(() =>
    [
        NestedDocxTables(),
        NestedHtmlElements(),
        NestedHtmlTables(),
        UnclosedHtmlTags(),
        ZipBombDocx(),
        HugeTextRunDocx(),
        FlateBombPdf(),
        DeepPageTreePdf(),
    ]);

    /// <summary>Every hostile file, for tests that feed them all to one scan or one server.</summary>
    public static IReadOnlyList<HostileFile> All() => Made.Value;

    /// <summary>Tables nested in table cells 100,000 deep: OpenXml's element tree recurses on it.</summary>
    public static HostileFile NestedDocxTables() => new(
        "geneste-tabellen.docx",
        HostileZip.Docx(s =>
        {
            HostileZip.Write(s, HostileZip.DocumentStart);
            HostileZip.Repeat(s, "<w:tbl><w:tr><w:tc>", Depth);
            HostileZip.Write(s, "<w:p><w:r><w:t>diep</w:t></w:r></w:p>");
            HostileZip.Repeat(s, "</w:tc></w:tr></w:tbl>", Depth);
            HostileZip.Write(s, HostileZip.DocumentEnd);
        }),
        "100.000 geneste tabellen in een Word-document");

    /// <summary>Properly closed &lt;div&gt; elements 100,000 deep.</summary>
    public static HostileFile NestedHtmlElements() => new(
        "geneste-elementen.html",
        Html(Repeat("<div>", Depth) + "<p>diep</p>" + Repeat("</div>", Depth)),
        "100.000 geneste HTML-elementen");

    /// <summary>Tables in table cells 100,000 deep.</summary>
    public static HostileFile NestedHtmlTables() => new(
        "geneste-tabellen.html",
        Html(Repeat("<table><tr><td>", Depth) + "diep" + Repeat("</td></tr></table>", Depth)),
        "100.000 geneste HTML-tabellen");

    /// <summary>A million &lt;div&gt; tags that are never closed: quadratic work for a parser that looks back for each.</summary>
    public static HostileFile UnclosedHtmlTags() => new(
        "open-tags.html",
        Html(Repeat("<div>", 1_000_000) + "<p>nooit gesloten</p>"),
        "1.000.000 HTML-tags die nooit gesloten worden");

    /// <summary>A Word document with four extra parts of 512 MiB of spaces each: about 2 MB that unpacks to 2 GiB.</summary>
    public static HostileFile ZipBombDocx() => new(
        "zipbom.docx",
        HostileZip.Docx(
            s => HostileZip.Write(s, HostileZip.DocumentStart + "<w:p><w:r><w:t>Klein document.</w:t></w:r></w:p>" + HostileZip.DocumentEnd),
            [.. Enumerable.Range(1, 4).Select(i => ($"customXml/item{i}.xml", (Action<Stream>)(s => HostileZip.Repeat(s, " ", Gibibyte / 2))))]),
        "een zip-bom: 2 GB aan uitgepakte onderdelen");

    /// <summary>One text run of 1 GiB of letters, which a reader would hold as one string.</summary>
    public static HostileFile HugeTextRunDocx() => new(
        "lange-tekst.docx",
        HostileZip.Docx(s =>
        {
            HostileZip.Write(s, HostileZip.DocumentStart + "<w:p><w:r><w:t>");
            HostileZip.Repeat(s, "a", Gibibyte);
            HostileZip.Write(s, "</w:t></w:r></w:p>" + HostileZip.DocumentEnd);
        }),
        "één tekstregel van 1 GB");

    /// <summary>A page whose content stream inflates to 1 GiB of spaces: about 1 MB on disk.</summary>
    public static HostileFile FlateBombPdf()
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            HostileZip.Repeat(zlib, " ", Gibibyte);
        }

        var pdf = new RawPdfWriter();
        var content = pdf.AddStream("<< /Filter /FlateDecode >>", packed.ToArray());
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var pages = pdf.NextNumber + 1;
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>");
        pdf.Add($"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return new HostileFile("flatebom.pdf", pdf.Build(catalog), "een flate-bom: één pagina die 1 GB uitpakt");
    }

    /// <summary>A page tree 100,000 /Pages nodes deep above one page: a recursive page-tree walk overflows its stack.</summary>
    public static HostileFile DeepPageTreePdf()
    {
        var pdf = new RawPdfWriter();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        for (var level = 0; level < Depth; level++)
        {
            var self = pdf.NextNumber;
            pdf.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{self + 1} 0 R] /Count 1{(level == 0 ? string.Empty : $" /Parent {self - 1} 0 R")} >>"));
        }

        var leaf = pdf.NextNumber;
        pdf.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent {leaf - 1} 0 R /MediaBox [0 0 595 842] >>"));
        return new HostileFile("diepe-paginaboom.pdf", pdf.Build(catalog), "een paginaboom van 100.000 niveaus");
    }

    private static byte[] Html(string body) =>
        Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"nl\"><head><title>Vijandig</title></head><body>{body}</body></html>");

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
