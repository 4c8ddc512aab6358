using System.Text;

namespace Thorbecke.Finance.Files.Csv;

/// <summary>
/// A small RFC 4180 reader for the finance input tables: a header row, comma or semicolon separated (Excel in a
/// Dutch locale writes semicolons), quoted fields, and lines starting with '#' as comments.
/// </summary>
internal sealed class CsvTable
{
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
