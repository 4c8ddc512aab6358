using System.Collections.Concurrent;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Scanning.Fakes;

/// <summary>
/// Supports an ask when a passage of the document holds the ask's first word, quoting that passage; otherwise "not
/// mentioned". It sees nothing but the one document it is given, and records every call.
/// </summary>
internal sealed class WordMatcher(string engineVersion = "woorden-1") : IAskMatcher
{
    public string EngineVersion { get; } = engineVersion;

    public ConcurrentQueue<(Agenda Agenda, Document Document)> Calls { get; } = new();

    public IEnumerable<string> MatchedFiles => Calls.Select(c => c.Document.Info.File);

    public IReadOnlyList<AskResult> Match(Agenda agenda, Document document)
    {
        Calls.Enqueue((agenda, document));
        return agenda.Asks.Select(ask =>
        {
            var word = ask.Text.Split(' ')[0].ToLowerInvariant();
            var passage = document.Passages.FirstOrDefault(p => p.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
            return passage is null
                ? new AskResult(ask.Id, document.Info.Id, Verdict.None, 0.9, [], "Niet genoemd.")
                : new AskResult(ask.Id, document.Info.Id, Verdict.Support, 0.8, [new Evidence(passage.Page, passage.Text, 1)], $"Noemt '{word}'.");
        }).ToList();
    }
}
