using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Verdicts;

/// <summary>Finds the evidence for every ask of an agenda in one document and judges it.</summary>
public interface IAskMatcher
{
    /// <summary>Changes whenever the engine would give different results, so stored results are not reused across versions.</summary>
    string EngineVersion { get; }

    /// <summary>One result per ask of <paramref name="agenda"/>, in agenda order.</summary>
    IReadOnlyList<AskResult> Match(Agenda agenda, Document document);
}
