using System.Text;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Tables;

namespace Thorbecke.Reports.Csv;

/// <summary>
/// Writes one row per (document, ask) for spreadsheets: RFC 4180 quoting, CRLF line ends, the separator and decimal
/// mark of a <see cref="CsvDialect"/> (commas and a decimal point unless asked for Dutch Excel), and UTF-8 with a byte
/// order mark because without one Excel reads the file as Windows-1252 and mangles every accent ("financiÃ«n").
/// A reviewed cell shows the reviewer's verdict, quotes and comment, with the machine's verdict beside it.
/// </summary>
public static class ResultsCsvWriter
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "partij", "bestand", "ask", "thema", "ask_tekst", "oordeel", "oordeel_nl", "beoordeeld", "machine_oordeel",
        "zekerheid_machine", "paginas", "citaten", "toelichting_machine", "beoordeeld_door", "beoordeeld_op_utc", "opmerking",
    ];

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the CSV (with BOM) to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(ScanReport report, Stream stream) => Write(report, stream, CsvDialect.Standard);

    /// <summary>Writes the CSV (with BOM) in <paramref name="dialect"/> to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(ScanReport report, Stream stream, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true);
        writer.NewLine = "\r\n";
        WriteRow(writer, Columns, dialect);
        foreach (var row in ResultRow.Of(ResultGrid.For(report)))
        {
            WriteRow(writer,
            [
                row.Document.Party,
                row.Document.File,
                row.Ask.Id,
                row.Ask.Theme,
                row.Ask.Text,
                row.Cell.Verdict.ToWire(),
                row.Cell.Verdict.ToDutch(),
                row.Reviewed,
                row.Cell.MachineVerdict.ToWire(),
                dialect.Number(row.MachineConfidence),
                row.Pages,
                row.QuotesInline,
                row.MachineRationale,
                row.Reviewer,
                row.ReviewedAt,
                row.Comment,
            ], dialect);
        }
    }

    /// <summary>Writes the CSV to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void WriteFile(ScanReport report, string path, CsvDialect? dialect = null)
    {
        using var stream = File.Create(path);
        Write(report, stream, dialect ?? CsvDialect.Standard);
    }

    /// <summary>Quotes a field when RFC 4180 requires it: it contains a comma, a double quote or a line break.</summary>
    public static string Escape(string field) => Escape(field, CsvDialect.Standard.Separator);

    /// <summary>Quotes a field that contains <paramref name="separator"/>, a double quote or a line break.</summary>
    public static string Escape(string field, char separator)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(['"', '\r', '\n', separator]) < 0
            ? field
            : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string> fields, CsvDialect dialect)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(dialect.Separator);
            }

            writer.Write(Escape(fields[i], dialect.Separator));
        }

        writer.WriteLine();
    }
}
