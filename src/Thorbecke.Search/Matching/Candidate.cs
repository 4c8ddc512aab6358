using Thorbecke.Core.Documents;

namespace Thorbecke.Search.Matching;

/// <summary>A passage considered as evidence for one ask, with its best sentence.</summary>
internal sealed record Candidate(Passage Passage, IReadOnlySet<string> Terms, double Bm25, double Coverage, double RankScore, QuoteChoice Choice)
{
    public string Quote => Choice.Quote;

    public string Sentence => Choice.Sentence;

    public double QuoteCoverage => Choice.Coverage;
}
