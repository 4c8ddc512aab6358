using System.Text;
using System.Text.Json;
using Thorbecke.Core.Agendas;

namespace Thorbecke.Storage.Json;

/// <summary>
/// The agenda of a run as JSON in the agenda file format, so a stored run can always be re-read by
/// <see cref="AgendaParser"/>, the same parser that read the agenda in the first place.
/// </summary>
internal static class AgendaJson
{
    public static string Write(Agenda agenda)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, StoredJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", agenda.Id);
            json.WriteString("title", agenda.Title);
            json.WriteStartArray("asks");
            foreach (var ask in agenda.Asks)
            {
                WriteAsk(json, ask);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Agenda Read(string json)
    {
        var parsed = AgendaParser.Parse(json);
        return parsed.Agenda ?? throw new InvalidDataException(
            $"De agenda van een opgeslagen scan is onleesbaar: {string.Join("; ", parsed.Problems)}");
    }

    private static void WriteAsk(Utf8JsonWriter json, Ask ask)
    {
        json.WriteStartObject();
        json.WriteString("id", ask.Id);
        json.WriteString("theme", ask.Theme);
        json.WriteString("text", ask.Text);
        if (!ask.Hints.IsEmpty)
        {
            json.WriteStartObject("hints");
            WriteList(json, "terms", ask.Hints.Terms);
            WriteList(json, "required", ask.Hints.Required);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
