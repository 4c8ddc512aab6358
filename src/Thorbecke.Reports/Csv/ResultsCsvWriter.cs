using System.Globalization;
using System.Text;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Csv;

/// <summary>
/// Writes one row per (document, ask) for spreadsheets: RFC 4180 quoting, comma separator, CRLF line ends,
/// numbers with a '.' decimal point, and UTF-8 with a byte order mark because without one Excel reads
/// the file as Windows-1252 and mangles every accent ("financiÃ«n").
/// </summary>
public static class ResultsCsvWriter
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "partij", "bestand", "ask", "thema", "ask_tekst", "oordeel", "oordeel_nl",
        "zekerheid", "paginas", "citaat", "toelichting", "beoordeeld_door", "machine_oordeel",
    ];

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the CSV (with BOM) to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(ScanReport report, Stream stream)
    {
        using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true);
        writer.NewLine = "\r\n";
        WriteRow(writer, Columns);
        foreach (var (document, ask, result) in ResultGrid.For(report).Rows())
        {
            var review = report.ReviewOf(result.Ask, result.Document);
            var verdict = review?.Verdict ?? result.Verdict;
            WriteRow(writer,
            [
                document.Party,
                document.File,
                ask.Id,
                ask.Theme,
                ask.Text,
                verdict.ToWire(),
                verdict.ToDutch(),
                FormatNumber(result.Confidence),
                string.Join("; ", result.Evidence.Select(e => e.Page.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal)),
                result.Evidence.Count > 0 ? result.Evidence[0].Quote : "",
                result.Rationale,
                review?.Reviewer ?? "",
                review is null ? "" : result.Verdict.ToWire(),
            ]);
        }
    }

    /// <summary>Writes the CSV to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void WriteFile(ScanReport report, string path)
    {
        using var stream = File.Create(path);
        Write(report, stream);
    }

    /// <summary>Quotes a field when RFC 4180 requires it: it contains a comma, a double quote or a line break.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(fields[i]));
        }

        writer.WriteLine();
    }

    private static string FormatNumber(double value) =>
        Json.ResultsJsonWriter.Round(value).ToString("0.###", CultureInfo.InvariantCulture);
}
