using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Judging;

/// <summary>Turns the measured features of one ask in one document into a verdict; swappable (rules, learned, LLM).</summary>
public interface IVerdictJudge
{
    /// <summary>Part of the engine version: a different judge gives different results.</summary>
    string Version { get; }

    /// <param name="features">What was measured of the ask in the document.</param>
    /// <param name="bestPage">Where the best passage is, cited as readers find it ("p. 40 (pdf 42)"), for the rationale.</param>
    JudgedVerdict Judge(AskFeatures features, string bestPage);
}

/// <summary>A verdict with its confidence in [0, 1] and a one-line Dutch rationale.</summary>
public sealed record JudgedVerdict(Core.Verdicts.Verdict Verdict, double Confidence, string Rationale);
