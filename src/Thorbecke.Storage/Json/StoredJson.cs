using System.Text.Encodings.Web;
using System.Text.Json;

namespace Thorbecke.Storage.Json;

/// <summary>JSON settings for text kept in the database.</summary>
internal static class StoredJson
{
    /// <summary>
    /// Leaves ë, € and the like unescaped, so the stored text stays readable in any SQL tool; the JSON is
    /// never embedded in HTML, which is what the default escaping guards against.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
