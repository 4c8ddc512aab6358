using System.Text.Json;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Evaluation;

/// <summary>The reviewed labels of one document: the format of <c>eval/gold-dev/&lt;stem&gt;.json</c>.</summary>
/// <param name="Programme">The document's file stem (<c>bij1</c> for <c>bij1.pdf</c>).</param>
/// <param name="Party">The party that wrote it.</param>
/// <param name="Labels">One label per ask, each ask at most once.</param>
public sealed record GoldLabelSet(string Programme, string Party, IReadOnlyList<GoldLabel> Labels)
{
    /// <summary>Parses the JSON text of a gold label file.</summary>
    /// <exception cref="GoldLabelFormatException">The text is not valid JSON or not a valid label file.</exception>
    public static GoldLabelSet Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new GoldLabelFormatException(
                $"het bestand is geen geldige JSON (regel {(e.LineNumber ?? 0) + 1}, positie {(e.BytePositionInLine ?? 0) + 1})", e);
        }
    }

    private static GoldLabelSet Read(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "het bestand", "een object met programme, party en labels");
        var programme = RequiredString(root, "programme", "");
        var party = RequiredString(root, "party", "");
        if (!root.TryGetProperty("labels", out var labelsNode))
        {
            throw new GoldLabelFormatException("labels: het veld ontbreekt");
        }

        Expect(labelsNode, JsonValueKind.Array, "labels", "een lijst");
        var labels = new List<GoldLabel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in labelsNode.EnumerateArray())
        {
            var path = $"labels[{index++}]";
            var label = ReadLabel(node, path);
            if (!seen.Add(label.Ask))
            {
                throw new GoldLabelFormatException($"{path}.ask: ask '{label.Ask}' heeft al een label");
            }

            labels.Add(label);
        }

        return new GoldLabelSet(programme, party, labels);
    }

    private static GoldLabel ReadLabel(JsonElement node, string path)
    {
        Expect(node, JsonValueKind.Object, path, "een object");
        var ask = RequiredString(node, "ask", path);
        var verdictText = RequiredString(node, "verdict", path);
        if (!VerdictNames.TryParse(verdictText, out var verdict))
        {
            throw new GoldLabelFormatException($"{path}.verdict: onbekend oordeel '{verdictText}' (verwacht support, partial, none of oppose)");
        }

        var pages = Items(node, "pages", path).Select(p =>
            p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var page) && page >= 1
                ? page
                : throw new GoldLabelFormatException($"{p.Path}: moet een paginanummer van 1 of hoger zijn, maar is {Describe(p.Value)}")).ToList();
        var quotes = Items(node, "quotes", path).Select(q =>
            q.Value.ValueKind == JsonValueKind.String
                ? q.Value.GetString()!
                : throw new GoldLabelFormatException($"{q.Path}: moet tekst zijn, maar is {Describe(q.Value)}")).ToList();

        var confidence = OptionalString(node, "confidence", path) switch
        {
            null or "high" => LabelConfidence.High,
            "low" => LabelConfidence.Low,
            var other => throw new GoldLabelFormatException($"{path}.confidence: onbekende waarde '{other}' (verwacht high of low)"),
        };
        return new GoldLabel(ask, verdict, pages, quotes, confidence, OptionalString(node, "note", path));
    }

    private static IEnumerable<(JsonElement Value, string Path)> Items(JsonElement node, string field, string path)
    {
        if (!node.TryGetProperty(field, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        Expect(list, JsonValueKind.Array, $"{path}.{field}", "een lijst");
        return list.EnumerateArray().Select((item, i) => (item, $"{path}.{field}[{i}]")).ToList();
    }

    private static string RequiredString(JsonElement node, string field, string path)
    {
        var where = path.Length == 0 ? field : $"{path}.{field}";
        if (!node.TryGetProperty(field, out var value))
        {
            throw new GoldLabelFormatException($"{where}: het veld ontbreekt");
        }

        Expect(value, JsonValueKind.String, where, "tekst");
        var text = value.GetString()!.Trim();
        return text.Length == 0 ? throw new GoldLabelFormatException($"{where}: is leeg") : text;
    }

    private static string? OptionalString(JsonElement node, string field, string path)
    {
        if (!node.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value, JsonValueKind.String, $"{path}.{field}", "tekst");
        return value.GetString();
    }

    private static void Expect(JsonElement value, JsonValueKind kind, string where, string what)
    {
        if (value.ValueKind != kind)
        {
            throw new GoldLabelFormatException($"{where}: moet {what} zijn, maar is {Describe(value)}");
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "tekst",
        JsonValueKind.Number => $"het getal {value.GetRawText()}",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.Object => "een object",
        JsonValueKind.True or JsonValueKind.False => $"de waarde {value.GetRawText()}",
        _ => "null",
    };
}
