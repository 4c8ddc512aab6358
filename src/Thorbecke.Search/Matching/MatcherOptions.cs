namespace Thorbecke.Search.Matching;

/// <summary>Tuning of the lexical matcher. The defaults are the measured first version; see docs/evaluation.md.</summary>
public sealed record MatcherOptions
{
    /// <summary>Passages fetched from the index per ask before re-ranking.</summary>
    public int Candidates { get; init; } = 30;

    /// <summary>Extra weight of a term that occurs in a passage's heading path.</summary>
    public double HeadingBoost { get; init; } = 0.3;

    /// <summary>Below this match strength (BM25 per unit of ask weight plus the size allowance) a document is judged silent.</summary>
    public double AddressedThreshold { get; init; } = 1.85;

    /// <summary>Allowance per natural log of the passage count: long programmes address more topics.</summary>
    public double DocumentSizeAllowance { get; init; } = 0.2;

    /// <summary>
    /// Documents with fewer passages than this (a letter, a short motion) are judged by how much of the ask one passage
    /// covers: BM25 weighs words by their rarity across passages, which a handful of passages cannot tell.
    /// </summary>
    public int SmallDocumentPassages { get; init; } = 30;

    /// <summary>In a small document, the share of the ask's words one passage must hold for the ask to count as addressed.</summary>
    public double SmallDocumentPartialCoverage { get; init; } = 0.5;

    /// <summary>In a small document, the share of the ask's words one passage must hold for the ask to count as supported.</summary>
    public double SmallDocumentSupportCoverage { get; init; } = 0.8;

    /// <summary>From this match strength the ask counts as supported.</summary>
    public double SupportThreshold { get; init; } = 1.1;

    /// <summary>Share of the BM25 score (against coverage of the ask) in the order of the evidence.</summary>
    public double Bm25RankWeight { get; init; } = 0.5;

    /// <summary>Weight in the evidence order of how much of the ask the passage's headings cover.</summary>
    public double HeadingRankWeight { get; init; } = 0.2;

    /// <summary>Share of the scores of neighbouring candidates (same and adjacent pages) added to a candidate's rank.</summary>
    public double PageContextWeight { get; init; } = 0.1;

    /// <summary>The thesaurus in its text format; null means the built-in policy thesaurus.</summary>
    public string? ThesaurusText { get; init; }

    /// <summary>Quotes longer than this are cut at a word boundary.</summary>
    public int MaxQuoteLength { get; init; } = 320;
}
