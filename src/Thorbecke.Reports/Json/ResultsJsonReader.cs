using System.Globalization;
using System.Text.Json;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Json;

/// <summary>
/// Reads a results JSON file back (for <c>eval</c> and <c>report</c>). Unknown fields are ignored so newer
/// files stay readable; anything the contract requires that is missing or malformed gives a
/// <see cref="ResultsFormatException"/> that names the field.
/// </summary>
public static class ResultsJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    /// <exception cref="ResultsFormatException">The text is not a valid results file.</exception>
    public static ResultsFile Parse(string json) => Load(() => JsonDocument.Parse(json, Options));

    /// <exception cref="ResultsFormatException">The stream does not hold a valid results file.</exception>
    public static ResultsFile Read(Stream stream) => Load(() => JsonDocument.Parse(stream, Options));

    private static ResultsFile Load(Func<JsonDocument> parse)
    {
        try
        {
            using var document = parse();
            return Read(JsonPath.Root(document.RootElement).AsObject());
        }
        catch (JsonException e)
        {
            throw Invalid(e);
        }
    }

    /// <exception cref="ResultsFormatException">The file does not hold a valid results file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ResultsFile ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    private static ResultsFormatException Invalid(JsonException e) =>
        new($"het bestand is geen geldige JSON (regel {(e.LineNumber ?? 0) + 1}, positie {(e.BytePositionInLine ?? 0) + 1})", e);

    private static ResultsFile Read(JsonPath root)
    {
        var tool = root.RequiredString("tool");
        if (!string.Equals(tool, ScanReport.Tool, StringComparison.Ordinal))
        {
            throw root.Error("tool", $"dit is geen Thorbecke-resultatenbestand (tool is '{tool}')");
        }

        var version = root.OptionalString("version") ?? "";
        var agendaNode = root.Object("agenda");
        var agenda = new ResultsAgenda(
            agendaNode.RequiredString("id"),
            agendaNode.OptionalString("title"),
            agendaNode.RequiredInt("asks", 0));

        var documents = root.Array("documents", required: true).Select(ReadDocument).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (document, node) in documents.Zip(root.Array("documents", required: true)))
        {
            if (!ids.Add(document.Id))
            {
                throw node.Error("id", $"document-id '{document.Id}' komt meer dan eens voor");
            }
        }

        var cells = root.Array("results", required: true).Select(node => ReadResult(node, ids)).ToList();
        var errors = root.Array("errors", required: false)
            .Select(node => new ScanError(node.RequiredString("file"), node.OptionalString("message") ?? ""))
            .ToList();
        return new ResultsFile(tool, version, agenda, documents, cells.Select(c => c.Machine).ToList(), errors)
        {
            Reviews = cells.Where(c => c.Review is not null).Select(c => c.Review!).ToList(),
        };
    }

    private static DocumentInfo ReadDocument(JsonPath node)
    {
        var file = node.RequiredString("file");
        return new DocumentInfo(
            node.RequiredString("id"),
            file,
            node.OptionalString("sha256") ?? "",
            node.RequiredString("party"),
            node.OptionalString("kind") ?? "programme",
            node.OptionalString("title") ?? Path.GetFileNameWithoutExtension(file),
            node.OptionalString("election"),
            node.RequiredInt("pages", 0))
        {
            PrintedPageOffset = node.OptionalInt("printedPageOffset") ?? 0,
            Date = node.OptionalString("date") is { } date ? ParseDate(date, node) : null,
        };
    }

    private static DateOnly ParseDate(string text, JsonPath node) =>
        IsoDate.TryRead(text, out var date)
            ? date
            : throw node.Error("date", $"moet een datum zijn als 2026-03-12, maar is '{text}'");

    /// <summary>A reviewed cell gives back the machine's result and the review, as they were before the writer combined them.</summary>
    private static ReviewedResult ReadResult(JsonPath node, HashSet<string> documentIds)
    {
        var document = node.RequiredString("document");
        if (!documentIds.Contains(document))
        {
            throw node.Error("document", $"verwijst naar document '{document}', dat niet in 'documents' staat");
        }

        var ask = node.RequiredString("ask");
        var verdict = ReadVerdict(node, "verdict");
        var evidence = node.Array("evidence", required: false)
            .Select(e => new Evidence(e.RequiredInt("page", 1), e.OptionalString("quote") ?? "", e.Number("score", 0)))
            .ToList();
        var review = node.Has("review") ? ReadReview(node.Object("review"), ask, document, verdict) : null;
        var machine = new AskResult(
            ask,
            document,
            review is null ? verdict : ReadVerdict(node.Object("review"), "machineVerdict"),
            node.Number("confidence", null, 0, 1),
            evidence,
            node.OptionalString("rationale") ?? "");
        return new ReviewedResult(machine, review);
    }

    private static Review ReadReview(JsonPath node, string ask, string document, Verdict verdict)
    {
        var at = node.OptionalString("at");
        var when = DateTimeOffset.UnixEpoch;
        if (at is not null && !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when))
        {
            throw node.Error("at", $"'{at}' is geen datum en tijd (verwacht bijvoorbeeld 2026-02-01T12:00:00Z)");
        }

        var evidence = node.Array("evidence", required: false)
            .Select(e => new ReviewEvidence(e.RequiredInt("page", 1), e.RequiredString("quote")))
            .ToList();
        return new Review(
            ask,
            document,
            node.Has("version") ? node.RequiredInt("version", 1) : 1,
            verdict,
            verdict == ReadVerdict(node, "machineVerdict"),
            evidence,
            node.OptionalString("comment"),
            node.RequiredString("reviewer"),
            when);
    }

    private static Verdict ReadVerdict(JsonPath node, string name)
    {
        var text = node.RequiredString(name);
        return VerdictNames.TryParse(text, out var verdict)
            ? verdict
            : throw node.Error(name, $"onbekend oordeel '{text}' (verwacht support, partial, none of oppose)");
    }
}
