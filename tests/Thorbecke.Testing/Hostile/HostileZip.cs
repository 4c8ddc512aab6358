using System.IO.Compression;
using System.Text;

namespace Thorbecke.Testing.Hostile;

/// <summary>Writes zip packages (DOCX) whose parts are streamed, so a part can unpack to gigabytes without being held in memory here.</summary>
internal static class HostileZip
{
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string Relationships =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public const string DocumentStart =
        """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";

    public const string DocumentEnd = "</w:body></w:document>";

    /// <summary>A Word document whose word/document.xml is written by <paramref name="writeDocument"/>, plus any extra parts.</summary>
    public static byte[] Docx(Action<Stream> writeDocument, params (string Name, Action<Stream> Write)[] extraParts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", s => Write(s, ContentTypes));
            Part(zip, "_rels/.rels", s => Write(s, Relationships));
            Part(zip, "word/document.xml", writeDocument);
            foreach (var (name, write) in extraParts)
            {
                Part(zip, name, write);
            }
        }

        return output.ToArray();
    }

    /// <summary>Writes <paramref name="text"/> <paramref name="times"/> times, a megabyte at a time.</summary>
    public static void Repeat(Stream output, string text, long times)
    {
        var unit = Encoding.UTF8.GetBytes(text);
        var perChunk = Math.Max(1, (1 << 20) / unit.Length);
        var chunk = new byte[perChunk * unit.Length];
        for (var i = 0; i < perChunk; i++)
        {
            unit.CopyTo(chunk, i * unit.Length);
        }

        for (var written = 0L; written < times; written += perChunk)
        {
            var count = (int)Math.Min(perChunk, times - written);
            output.Write(chunk, 0, count * unit.Length);
        }
    }

    public static void Write(Stream output, string text) => output.Write(Encoding.UTF8.GetBytes(text));

    private static void Part(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        write(stream);
    }
}
