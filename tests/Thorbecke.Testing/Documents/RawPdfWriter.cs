using System.Globalization;
using System.Text;

namespace Thorbecke.Testing.Documents;

/// <summary>
/// Writes a PDF object by object with a correct cross-reference table, for the files PdfPig's builder
/// cannot make (images without text, encryption). Object numbers start at 1 in the order added.
/// </summary>
internal sealed class RawPdfWriter
{
    private readonly List<byte[]> objects = [];

    public int Add(string dictionary) => AddBytes(Encoding.Latin1.GetBytes(dictionary));

    public int AddStream(string dictionary, byte[] data)
    {
        var head = Encoding.Latin1.GetBytes($"{dictionary.TrimEnd('>', ' ')} /Length {data.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream");
        return AddBytes([.. head, .. data, .. tail]);
    }

    /// <summary>Reserves the next object number, for streams whose bytes depend on their own number (encryption).</summary>
    public int NextNumber => objects.Count + 1;

    public byte[] Build(int root, string extraTrailer = "")
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, $"{(i + 1).ToString(CultureInfo.InvariantCulture)} 0 obj\n");
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {root} 0 R {extraTrailer} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private int AddBytes(byte[] body)
    {
        objects.Add(body);
        return objects.Count;
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
