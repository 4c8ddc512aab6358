using System.Text.Json;

namespace Thorbecke.Reports.Json;

/// <summary>
/// Typed access to one JSON object that names the offending path ("results[3].confidence") in every
/// error, so a user who edited a results file by hand can find the mistake.
/// </summary>
internal readonly record struct JsonPath(JsonElement Element, string Path)
{
    public static JsonPath Root(JsonElement element) => new(element, "");

    public string RequiredString(string name)
    {
        var value = Optional(name) ?? throw Error(name, "het veld ontbreekt");
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error(name, $"moet tekst zijn, maar is {Describe(value)}");
        }

        var text = value.GetString()!;
        return text.Length == 0 ? throw Error(name, "is leeg") : text;
    }

    public string? OptionalString(string name)
    {
        var value = Optional(name);
        if (value is null || value.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.Value.ValueKind == JsonValueKind.String
            ? value.Value.GetString()
            : throw Error(name, $"moet tekst zijn, maar is {Describe(value.Value)}");
    }

    /// <summary>An integer field that may be left out; null when it is.</summary>
    public int? OptionalInt(string name) => Optional(name) is null ? null : RequiredInt(name, int.MinValue);

    public int RequiredInt(string name, int minimum)
    {
        var value = Optional(name) ?? throw Error(name, "het veld ontbreekt");
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw Error(name, $"moet een geheel getal zijn, maar is {Describe(value)}");
        }

        return number < minimum ? throw Error(name, $"moet minstens {minimum} zijn, maar is {number}") : number;
    }

    public double Number(string name, double? fallback, double minimum = double.MinValue, double maximum = double.MaxValue)
    {
        var value = Optional(name);
        if (value is null)
        {
            return fallback ?? throw Error(name, "het veld ontbreekt");
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            throw Error(name, $"moet een getal zijn, maar is {Describe(value.Value)}");
        }

        return number < minimum || number > maximum
            ? throw Error(name, FormattableString.Invariant($"moet tussen {minimum} en {maximum} liggen, maar is {number}"))
            : number;
    }

    /// <summary>The elements of an array field; a missing field is an empty list unless <paramref name="required"/>.</summary>
    public IReadOnlyList<JsonPath> Array(string name, bool required)
    {
        var value = Optional(name);
        if (value is null)
        {
            return required ? throw Error(name, "het veld ontbreekt") : [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, $"moet een lijst zijn, maar is {Describe(value.Value)}");
        }

        var prefix = Join(name);
        return value.Value.EnumerateArray().Select((item, i) => new JsonPath(item, $"{prefix}[{i}]").AsObject()).ToList();
    }

    public JsonPath Object(string name)
    {
        var value = Optional(name) ?? throw Error(name, "het veld ontbreekt");
        return new JsonPath(value, Join(name)).AsObject();
    }

    public JsonPath AsObject() => Element.ValueKind == JsonValueKind.Object
        ? this
        : throw new ResultsFormatException($"{(Path.Length == 0 ? "het bestand" : Path)}: moet een object zijn, maar is {Describe(Element)}");

    /// <summary>Whether the object has the field (null counts as absent).</summary>
    public bool Has(string name) => Optional(name) is { ValueKind: not JsonValueKind.Null };

    public ResultsFormatException Error(string name, string message) => new($"{Join(name)}: {message}");

    private JsonElement? Optional(string name) =>
        Element.TryGetProperty(name, out var value) ? value : null;

    private string Join(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"de tekst \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"het getal {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"de waarde {value.GetRawText()}",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.Object => "een object",
        _ => "onbekend",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
