using Thorbecke.Core.Verdicts;
using Thorbecke.Search.Matching;

namespace Thorbecke.Search.Judging;

/// <summary>One reviewed (ask, document) pair with what the matcher measured for it: a training example.</summary>
public sealed record LabelledPair(string Document, string Ask, AskFeatures Features, int BestPage, IReadOnlyList<Evidence> Evidence, Verdict Gold);
