using System.Text.Json;

namespace Thorbecke.Storage.Json;

/// <summary>A passage's heading path as a JSON array of strings, outermost heading first.</summary>
internal static class HeadingPathJson
{
    public static string Write(IReadOnlyList<string> headingPath) =>
        JsonSerializer.Serialize(headingPath, StoredJson.Options);

    public static IReadOnlyList<string> Read(string json) =>
        JsonSerializer.Deserialize<string[]>(json, StoredJson.Options)
        ?? throw new InvalidDataException($"Het kopjespad '{json}' in de database is geen JSON-lijst.");
}
