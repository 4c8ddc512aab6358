using System.Text.Json;
using System.Text.Json.Nodes;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Judging;

namespace Thorbecke.Search.Learning;

/// <summary>
/// What the engine learned from reviewed verdicts: the examples (cells with their quotes), the judge's weights and
/// the evidence ranker's weights. <c>thorbecke train</c> writes it; the one learned from the reviewed development
/// programmes ships inside Thorbecke, so a fresh installation judges with it.
/// </summary>
public sealed record LearnedModel(ExampleSet Examples, SoftmaxModel Judge, SoftmaxModel Ranker)
{
    private const string ResourceName = "Thorbecke.Search.Learning.learned-model.json";

    private static readonly Lazy<LearnedModel?> Shipped = new(LoadShipped);

    /// <summary>The model that ships with Thorbecke, or null when this build carries none.</summary>
    public static LearnedModel? BuiltIn => Shipped.Value;

    public string Fingerprint => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToJson())))[..8];

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["description"] = "Learned by 'thorbecke train' from reviewed verdicts: examples per ask, the judge and the evidence ranker.",
            ["asks"] = new JsonObject(Examples.AskTexts.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => KeyValuePair.Create(a.Key, (JsonNode?)JsonValue.Create(a.Value)))),
            ["cells"] = new JsonArray([.. Examples.Cells.Select(Cell)]),
            ["judge"] = JsonNode.Parse(Judge.ToJson()),
            ["ranker"] = JsonNode.Parse(Ranker.ToJson()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static LearnedModel Parse(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new FormatException("Empty model file.");
        var asks = (root["asks"]?.AsObject() ?? throw new FormatException("Model has no asks."))
            .ToDictionary(a => a.Key, a => a.Value!.GetValue<string>(), StringComparer.Ordinal);
        var cells = (root["cells"]?.AsArray() ?? throw new FormatException("Model has no cells.")).Select(node => new LabelledCell(
            Text(node, "ask"),
            Text(node, "source"),
            Text(node, "name"),
            VerdictNames.Parse(Text(node, "verdict")),
            (node!["quotes"]?.AsArray() ?? []).Select(q => new ExampleQuote(q!["page"]!.GetValue<int>(), Text(q, "text"))).ToList()));
        return new LearnedModel(
            new ExampleSet(asks, cells),
            SoftmaxModel.Parse(root["judge"]?.ToJsonString() ?? throw new FormatException("Model has no judge.")),
            SoftmaxModel.Parse(root["ranker"]?.ToJsonString() ?? throw new FormatException("Model has no ranker.")));
    }

    private static JsonObject Cell(LabelledCell cell) => new()
    {
        ["ask"] = cell.Ask,
        ["source"] = cell.Source,
        ["name"] = cell.SourceName,
        ["verdict"] = cell.Verdict.ToWire(),
        ["quotes"] = new JsonArray([.. cell.Quotes.Select(q => new JsonObject { ["page"] = q.Page, ["text"] = q.Text })]),
    };

    private static string Text(JsonNode? node, string name) =>
        node?[name]?.GetValue<string>() ?? throw new FormatException($"Model cell is missing '{name}'.");

    private static LearnedModel? LoadShipped()
    {
        using var stream = typeof(LearnedModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
