using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Matching;
using Thorbecke.Testing;

namespace Thorbecke.Judging.Llm.Tests;

public sealed class LlmReviewMatcherTests : IDisposable
{
    private const string RealQuote = "Wij handhaven de opschalingskorting op het gemeentefonds.";

    private static readonly Agenda Agenda = new("test", "Test", [new Ask("fin-1", "Financiën", "Schaf de opschalingskorting op het gemeentefonds af.")]);

    private static readonly Document Programme = new(
        new DocumentInfo("doc1", "p.txt", new string('0', 64), "Testpartij", "programme", "Test", null, 2),
        [new Page(1, "Financiën\n" + RealQuote), new Page(2, "Wonen\nWij bouwen meer woningen.")],
        [new Passage(0, 1, RealQuote, ["Financiën"]), new Passage(1, 2, "Wij bouwen meer woningen.", ["Wonen"])]);

    private readonly TempFolder cache = new();

    public void Dispose() => cache.Dispose();

    [Fact]
    public void Should_take_the_models_verdict_and_keep_only_quotes_that_are_on_the_page()
    {
        using var server = new ChatServer(() => $$"""{"verdict": "oppose", "confidence": 0.9, "rationale": "Houdt de korting in stand.", "quotes": [{"page": 1, "quote": "{{RealQuote}}"}, {"page": 1, "quote": "Wij verdubbelen de korting."}]}""");

        var result = Matcher(server).Match(Agenda, Programme).Single();

        Assert.Equal(Verdict.Oppose, result.Verdict);
        Assert.Equal(0.9, result.Confidence);
        Assert.StartsWith("LLM (test-model): Houdt de korting", result.Rationale, StringComparison.Ordinal);
        Assert.Contains(result.Evidence, e => e.Quote == RealQuote && e.Page == 1);
        Assert.DoesNotContain(result.Evidence, e => e.Quote.Contains("verdubbelen", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ask_nothing_twice_for_the_same_passages()
    {
        using var server = new ChatServer(() => """{"verdict": "partial", "confidence": 0.6, "rationale": "Noemt het.", "quotes": []}""");

        Matcher(server).Match(Agenda, Programme);
        var afterFirst = server.Requests;
        var again = Matcher(server).Match(Agenda, Programme).Single();

        Assert.True(afterFirst >= 1);
        Assert.Equal(afterFirst, server.Requests);
        Assert.Equal(Verdict.Partial, again.Verdict);
        Assert.NotEmpty(again.Evidence);
    }

    [Fact]
    public void Should_keep_the_engines_verdict_when_the_model_answers_nonsense()
    {
        using var server = new ChatServer(() => "Ik weet het niet.");
        var engine = new LexicalAskMatcher().Match(Agenda, Programme).Single();

        var result = Matcher(server).Match(Agenda, Programme).Single();

        Assert.Equal(engine.Verdict, result.Verdict);
        Assert.Contains("LLM-oordeel mislukt", result.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_model_in_the_engine_version()
    {
        using var server = new ChatServer(() => "{}");

        Assert.EndsWith("+llm-test-model", Matcher(server).EngineVersion, StringComparison.Ordinal);
    }

    private LlmReviewMatcher Matcher(ChatServer server) =>
        new(new LexicalAskMatcher(), LlmClients.OpenAiCompatible(server.Endpoint, "test-model", null), new LlmJudgeOptions("test-model", cache.Path));
}
