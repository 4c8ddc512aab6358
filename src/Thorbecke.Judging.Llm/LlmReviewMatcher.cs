using Microsoft.Extensions.AI;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Judging.Llm;

/// <summary>
/// Lets a chat model judge the passages the default engine found. The engine still finds the evidence; the
/// model decides the verdict. Every quote the model gives is checked against the page text and dropped when it
/// is not there verbatim; when none is left, the engine's own quotes stay. A failed request keeps the engine's
/// verdict and says so in the rationale.
/// </summary>
public sealed class LlmReviewMatcher(IAskMatcher engine, IChatClient chat, LlmJudgeOptions options) : IAskMatcher
{
    private readonly LlmAnswerCache cache = new(options.CacheFolder);

    public string EngineVersion => $"{engine.EngineVersion}+llm-{options.Model}";

    public IReadOnlyList<AskResult> Match(Agenda agenda, Document document) =>
        engine.Match(agenda, document).Select(result => Review(agenda.FindAsk(result.Ask)!, document, result)).ToList();

    private AskResult Review(Ask ask, Document document, AskResult found)
    {
        var passages = found.Evidence
            .Select(e => document.Passages.FirstOrDefault(p => p.Page == e.Page && Whitespace.Collapse(p.Text).Contains(e.Quote, StringComparison.Ordinal)))
            .OfType<Passage>()
            .Distinct()
            .Take(options.MaxPassages)
            .ToList();
        if (passages.Count == 0)
        {
            return found;
        }

        var question = LlmPrompt.Question(ask, passages);
        try
        {
            var answer = LlmAnswer.Parse(Ask(question));
            var verified = answer.Quotes.Where(q => IsOnPage(document, q)).Select(q => q with { Quote = Whitespace.Collapse(q.Quote), Score = 1 }).ToList();
            var evidence = verified.Count > 0 ? verified.Concat(found.Evidence.Where(e => verified.All(v => v.Quote != e.Quote))).Take(AskResult.MaxEvidence).ToList() : found.Evidence;
            var score = evidence.Count;
            evidence = evidence.Select(e => e with { Score = score-- }).ToList();
            return found with { Verdict = answer.Verdict, Confidence = answer.Confidence, Evidence = evidence, Rationale = $"LLM ({options.Model}): {answer.Rationale}" };
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or HttpRequestException or TaskCanceledException or InvalidOperationException or System.ClientModel.ClientResultException)
        {
            return found with { Rationale = $"{found.Rationale} (LLM-oordeel mislukt: {e.Message})" };
        }
    }

    private string Ask(string question)
    {
        if (cache.Find(options.Model, LlmPrompt.System + question) is { } cached)
        {
            return cached;
        }

        var messages = new List<ChatMessage> { new(ChatRole.System, LlmPrompt.System), new(ChatRole.User, question) };
        var response = chat.GetResponseAsync(messages, new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json }).GetAwaiter().GetResult();
        var text = response.Text;
        LlmAnswer.Parse(text);
        cache.Save(options.Model, LlmPrompt.System + question, text);
        return text;
    }

    private static bool IsOnPage(Document document, Evidence quote) =>
        document.FindPage(quote.Page) is { } page
        && Whitespace.Collapse(page.Text).Contains(Whitespace.Collapse(quote.Quote), StringComparison.Ordinal);
}
