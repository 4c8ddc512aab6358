using System.Text.Json;
using Thorbecke.Core.Text;

namespace Thorbecke.Ingest.Corpus;

/// <summary>
/// The corpus.json beside a folder of documents: which party wrote each file, what kind of document
/// it is, its title and its expected SHA-256.
/// </summary>
public sealed record CorpusManifest(string? Collection, string? Description, IReadOnlyList<CorpusEntry> Documents)
{
    public const string FileName = "corpus.json";

    /// <summary>The entry for a file name (without folder, case-insensitive), or null.</summary>
    public CorpusEntry? Find(string fileName) =>
        Documents.FirstOrDefault(d => string.Equals(d.File, fileName, StringComparison.OrdinalIgnoreCase));

    public static CorpusManifest Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusManifestException($"{FileName} kan niet worden gelezen ({e.Message})", e);
        }

        return Parse(json);
    }

    /// <summary>Parses corpus.json text; throws <see cref="CorpusManifestException"/> with a Dutch reason.</summary>
    public static CorpusManifest Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("het moet een JSON-object zijn met een lijst \"documents\"");
            }

            var entries = new List<CorpusEntry>();
            if (root.TryGetProperty("documents", out var documents))
            {
                if (documents.ValueKind != JsonValueKind.Array)
                {
                    throw Invalid("\"documents\" moet een lijst zijn");
                }

                var index = 0;
                foreach (var item in documents.EnumerateArray())
                {
                    index++;
                    var file = item.ValueKind == JsonValueKind.Object ? Text(item, "file") : null;
                    if (string.IsNullOrWhiteSpace(file))
                    {
                        throw Invalid($"document {index} heeft geen \"file\"");
                    }

                    entries.Add(new CorpusEntry(file.Trim(), Text(item, "party"), Text(item, "kind"), Text(item, "election"), Text(item, "title"), Text(item, "sha256"), Date(item, index)));
                }
            }

            return new CorpusManifest(Text(root, "collection"), Text(root, "description"), entries);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {line + 1})" : "";
            throw new CorpusManifestException($"{FileName} is geen geldige JSON{where}: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>"date": "2026-03-12"; a date written otherwise is refused rather than guessed at.</summary>
    private static DateOnly? Date(JsonElement item, int index) => Text(item, "date") is not { } text
        ? null
        : IsoDate.TryRead(text, out var date)
            ? date
            : throw Invalid($"document {index} heeft datum \"{text}\"; schrijf een datum als \"2026-03-12\"");

    private static CorpusManifestException Invalid(string reason) => new($"{FileName} is ongeldig: {reason}");
}
