using System.Globalization;
using System.Text;

namespace Thorbecke.Finance.Files.Csv;

/// <summary>
/// A small RFC 4180 reader for the finance input tables: a header row, comma or semicolon separated (Excel in a
/// Dutch locale writes semicolons), quoted fields, and lines starting with '#' as comments.
/// </summary>
internal sealed class CsvTable
{
    /// <summary>
    /// The largest table file: 16 MiB. A maatstaven table for every municipality is about 1 MB; the limit keeps a
    /// wrong or hostile file from being read whole into memory.
    /// </summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private CsvTable(IReadOnlyList<string> header, int headerLine, IReadOnlyList<CsvRow> rows)
    {
        Header = header;
        HeaderLine = headerLine;
        Rows = rows;
    }

    /// <summary>The 1-based line of the header row (comment lines may come before it).</summary>
    public int HeaderLine { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public int Column(params string[] names) =>
        Header.Select((name, index) => (name, index)).FirstOrDefault(h => names.Contains(h.name, StringComparer.OrdinalIgnoreCase)) is { name: not null } found
            ? found.index
            : -1;

    /// <summary>The Dutch reason a table file of <paramref name="bytes"/> bytes is refused before reading it, or null.</summary>
    public static string? CheckFileSize(long bytes) => bytes <= MaxBytes
        ? null
        : $"het bestand is te groot ({Megabytes(bytes)} MB; een tabel mag hoogstens {Megabytes(MaxBytes)} MB zijn)";

    private static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"));

    public static CsvTable Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        List<string>? header = null;
        var headerLine = 1;
        var rows = new List<CsvRow>();
        char separator = ',';
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i == 0 ? lines[i].TrimStart('\uFEFF') : lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (header is null)
            {
                separator = line.Count(c => c == ';') > line.Count(c => c == ',') ? ';' : ',';
                header = Split(line, separator).Select(h => h.Trim()).ToList();
                headerLine = i + 1;
            }
            else
            {
                rows.Add(new CsvRow(i + 1, Split(line, separator)));
            }
        }

        return new CsvTable(header ?? [], headerLine, rows);
    }

    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
