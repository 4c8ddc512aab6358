using System.Text.Encodings.Web;
using System.Text.Json;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Json;

/// <summary>
/// Writes a <see cref="ScanReport"/> as the results JSON contract. The writer is hand-rolled on
/// <see cref="Utf8JsonWriter"/> rather than serializer attributes, so the key order, the rounding and
/// the "every pair once" rule are visible in one place and cannot drift with a serializer setting.
/// </summary>
public static class ResultsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Dutch quotes keep their accents readable in the file ("financiën", not "financi\u00EBn").
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes UTF-8 (without BOM) to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(ScanReport report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        WriteReport(json, ResultGrid.For(report));
        json.Flush();
        stream.Write("\n"u8);
    }

    /// <summary>Writes the JSON to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void WriteFile(ScanReport report, string path)
    {
        using var stream = File.Create(path);
        Write(report, stream);
    }

    /// <summary>The JSON as a string, for tests and small tools.</summary>
    public static string ToJson(ScanReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter json, ResultGrid grid)
    {
        json.WriteStartObject();
        json.WriteString("tool", ScanReport.Tool);
        json.WriteString("version", ScanReport.Version);

        json.WriteStartObject("agenda");
        json.WriteString("id", grid.Agenda.Id);
        json.WriteString("title", grid.Agenda.Title);
        json.WriteNumber("asks", grid.Agenda.Asks.Count);
        json.WriteEndObject();

        json.WriteStartArray("documents");
        foreach (var document in grid.Documents)
        {
            WriteDocument(json, document);
        }

        json.WriteEndArray();

        json.WriteStartArray("results");
        foreach (var (_, _, cell) in grid.Rows())
        {
            WriteResult(json, cell);
        }

        json.WriteEndArray();

        json.WriteStartArray("errors");
        foreach (var error in grid.Report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("file", error.File);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentInfo document)
    {
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        json.WriteString("file", document.File);
        json.WriteString("sha256", document.Sha256);
        json.WriteString("party", document.Party);
        json.WriteString("kind", document.Kind);
        json.WriteString("title", document.Title);
        if (document.Election is not null)
        {
            json.WriteString("election", document.Election);
        }

        json.WriteNumber("pages", document.Pages);
        if (document.PrintedPageOffset != 0)
        {
            json.WriteNumber("printedPageOffset", document.PrintedPageOffset);
        }

        if (document.Date is { } date)
        {
            json.WriteString("date", IsoDate.Write(date));
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A reviewed cell carries the reviewer's verdict and a <c>review</c> object with the machine's; confidence,
    /// rationale and evidence stay the machine's, so a reader of the old contract still sees what the engine found.
    /// </summary>
    private static void WriteResult(Utf8JsonWriter json, ReviewedResult cell)
    {
        var result = cell.Machine;
        json.WriteStartObject();
        json.WriteString("ask", result.Ask);
        json.WriteString("document", result.Document);
        json.WriteString("verdict", cell.Verdict.ToWire());
        json.WriteNumber("confidence", PublishedNumbers.Round(result.Confidence));
        json.WriteString("rationale", result.Rationale);
        json.WriteStartArray("evidence");
        foreach (var evidence in result.Evidence)
        {
            json.WriteStartObject();
            json.WriteNumber("page", evidence.Page);
            json.WriteString("quote", evidence.Quote);
            json.WriteNumber("score", PublishedNumbers.Round(evidence.Score));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (cell.Review is { } review)
        {
            WriteReview(json, review, result.Verdict);
        }

        json.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter json, Review review, Verdict machineVerdict)
    {
        json.WriteStartObject("review");
        json.WriteString("reviewer", review.Reviewer);
        json.WriteString("at", review.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("version", review.Version);
        json.WriteString("machineVerdict", machineVerdict.ToWire());
        if (!string.IsNullOrWhiteSpace(review.Comment))
        {
            json.WriteString("comment", review.Comment);
        }

        json.WriteStartArray("evidence");
        foreach (var evidence in review.Evidence)
        {
            json.WriteStartObject();
            json.WriteNumber("page", evidence.Page);
            json.WriteString("quote", evidence.Quote);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
