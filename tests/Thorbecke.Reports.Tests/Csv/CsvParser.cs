using System.Text;

namespace Thorbecke.Reports.Tests.Csv;

/// <summary>A strict RFC 4180 reader, so tests check the CSV as a spreadsheet would read it.</summary>
public static class CsvParser
{
    public static List<List<string>> Parse(string text, char separator = ',')
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
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
                Assert.True(field.Length == 0, $"quote inside an unquoted field at {i}");
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n', $"bare line break outside quotes at {i}");
                field.Append(c);
            }
        }

        Assert.False(quoted, "unterminated quoted field");
        Assert.True(row.Count == 0 && field.Length == 0, "the last row must end with CRLF");
        return rows;
    }
}
