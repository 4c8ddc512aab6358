namespace Thorbecke.Search.Matching;

/// <summary>
/// The measurable signals behind one verdict; the judge turns them into a verdict. <see cref="Rejection"/> means a
/// top quote goes against the ask: it rejects what the ask wants, or keeps what the ask wants abolished.
/// </summary>
public sealed record AskFeatures(
    double BestCoverage,
    double UnionCoverage,
    double TopBm25,
    double NormalizedBm25,
    int StrongPassages,
    int SpecificTermsMatched,
    double TopSpecificMatched,
    bool OwnVoice,
    bool Rejection,
    bool AsksToAbolish,
    int Passages);
