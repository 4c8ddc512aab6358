using System.Text;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;

namespace Thorbecke.Judging.Llm;

/// <summary>The instructions and the question put to the model for one ask and its best passages.</summary>
public static class LlmPrompt
{
    public const string System = """
        Je beoordeelt of een document (verkiezingsprogramma, regeerakkoord of brief) een vraag van gemeenten steunt.
        Gebruik alleen de gegeven passages. Oordelen:
        - support: het document stelt expliciet voor of onderschrijft wat de vraag vraagt (geheel of de kern).
        - partial: zelfde onderwerp en richting, maar slechts een deel van de vraag of alleen in algemene termen.
        - none: de passages gaan niet over het onderwerp van de vraag.
        - oppose: het document stelt het tegenovergestelde voor, of iets wat er duidelijk niet mee te rijmen is.
        Antwoord alleen met JSON: {"verdict": "support|partial|none|oppose", "confidence": 0.0-1.0,
        "rationale": "één zin in het Nederlands", "quotes": [{"page": 12, "quote": "letterlijk citaat uit een passage"}]}.
        Citaten moeten letterlijk in de passage van die pagina staan.
        """;

    public static string Question(Ask ask, IEnumerable<Passage> passages)
    {
        var text = new StringBuilder()
            .Append("Vraag (").Append(ask.Id).Append(", thema ").Append(ask.Theme).Append("): ").AppendLine(ask.Text)
            .AppendLine()
            .AppendLine("Passages:");
        foreach (var passage in passages)
        {
            text.Append("[p. ").Append(passage.Page).Append("] ").AppendLine(string.Join(' ', passage.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }

        return text.ToString();
    }
}
