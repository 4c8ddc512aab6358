using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thorbecke.SampleGenerator;

/// <summary>The corpus.json of the demo corpus, in the same format as ../shared/corpus/tk2025/corpus.json.</summary>
internal static class CorpusJson
{
    public static string For(IEnumerable<SampleDocument> documents, string folder)
    {
        var list = new JsonArray();
        foreach (var document in documents)
        {
            list.Add(new JsonObject
            {
                ["file"] = document.FileName,
                ["party"] = document.Party,
                ["kind"] = "programme",
                ["election"] = "TK2025-demo",
                ["title"] = $"Verkiezingsprogramma {document.Party} 2025 (fictief)",
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, document.FileName)))),
            });
        }

        var root = new JsonObject
        {
            ["collection"] = "samples",
            ["description"] = "Drie fictieve verkiezingsprogramma's, geschreven voor Thorbecke (geen echte partijen). Bron: samples/src/*.md.",
            ["documents"] = list,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
