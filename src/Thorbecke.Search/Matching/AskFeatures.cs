namespace Thorbecke.Search.Matching;

/// <summary>
/// The measurable signals behind one verdict; the judge turns them into a verdict. <see cref="Position"/> is the
/// stance of the best-covering top sentence that takes one (see <see cref="Stance.StanceReader"/>).
/// <see cref="SubjectQuoted"/> says whether a quoted sentence names the ask's subject (<see cref="AskQuery.Subject"/>),
/// <see cref="SubjectInDocument"/> whether any passage does; <see cref="Subject"/> is that subject in the ask's words.
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
    Stance.Position Position,
    int Passages,
    bool SubjectQuoted = true,
    bool SubjectInDocument = true,
    string Subject = "");
