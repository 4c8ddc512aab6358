using System.Collections.Concurrent;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Storage.Tests.Fakes;

/// <summary>
/// Gives every ask a "partial" verdict quoting the first passage, records which documents it matched,
/// can stop on one file to stand in for a scan that dies half way, and can break on one file like a bug would.
/// </summary>
internal sealed class CountingMatcher(string? failOnFile = null, string? brokenOnFile = null) : IAskMatcher
{
    public string EngineVersion => "counting-1";

    public ConcurrentQueue<string> MatchedFiles { get; } = new();

    public IReadOnlyList<AskResult> Match(Agenda agenda, Document document)
    {
        if (string.Equals(document.Info.File, failOnFile, StringComparison.Ordinal))
        {
            throw new OperationCanceledException("De scan is afgebroken.");
        }

        if (string.Equals(document.Info.File, brokenOnFile, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Kapotte matcher.");
        }

        MatchedFiles.Enqueue(document.Info.File);
        var quote = document.Passages[0];
        return agenda.Asks
            .Select(ask => new AskResult(ask.Id, document.Info.Id, Verdict.Partial, 0.5, [new Evidence(quote.Page, quote.Text, 1.25)], "Deels genoemd."))
            .ToList();
    }
}
