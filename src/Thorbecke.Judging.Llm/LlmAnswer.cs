using System.Globalization;
using System.Text.Json;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Judging.Llm;

/// <summary>What the model answered: a verdict, its confidence, a Dutch rationale and the quotes it relies on.</summary>
public sealed record LlmAnswer(Verdict Verdict, double Confidence, string Rationale, IReadOnlyList<Evidence> Quotes)
{
    /// <summary>Reads the JSON answer, also when the model wrapped it in a Markdown code block.</summary>
    public static LlmAnswer Parse(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            throw new FormatException("het antwoord bevat geen JSON-object");
        }

        using var json = JsonDocument.Parse(text[start..(end + 1)]);
        var root = json.RootElement;
        var verdictText = root.TryGetProperty("verdict", out var v) ? v.GetString() : null;
        if (!VerdictNames.TryParse(verdictText, out var verdict))
        {
            throw new FormatException($"onbekend oordeel '{verdictText}'");
        }

        var confidence = root.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? Math.Clamp(c.GetDouble(), 0, 1) : 0.5;
        var rationale = root.TryGetProperty("rationale", out var r) ? r.GetString() ?? "" : "";
        var quotes = new List<Evidence>();
        if (root.TryGetProperty("quotes", out var q) && q.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in q.EnumerateArray())
            {
                if (item.TryGetProperty("page", out var page) && page.TryGetInt32(out var number) && item.TryGetProperty("quote", out var quote) && quote.GetString() is { Length: > 0 } quoteText)
                {
                    quotes.Add(new Evidence(number, quoteText, 0));
                }
            }
        }

        return new LlmAnswer(verdict, Math.Round(confidence, 3), rationale.ToString(CultureInfo.InvariantCulture), quotes);
    }
}
