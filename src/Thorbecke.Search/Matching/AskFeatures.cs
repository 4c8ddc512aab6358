namespace Thorbecke.Search.Matching;

/// <summary>
/// The measurable signals behind one verdict; the judge turns them into a verdict. <see cref="Position"/> is the
/// stance of the best-covering top sentence that takes one (see <see cref="Stance.StanceReader"/>).
/// <see cref="SubjectQuoted"/> says whether a quoted sentence names the ask's subject (<see cref="AskQuery.Subject"/>),
/// <see cref="SubjectInDocument"/> whether any passage does; <see cref="Subject"/> is that subject in the ask's words.
/// <see cref="Examples"/> is what reviewed examples of the ask say about the document (none when there are none).
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
    string Subject = "")
{
    public Learning.ExampleSignals Examples { get; init; } = Learning.ExampleSignals.None;

    /// <summary>The stance of the evidence as shown (its first three quotes), which a learned ranker may have reordered.</summary>
    public Stance.Position ShownPosition { get; init; } = Stance.Position.Neutral;

    /// <summary>
    /// The stance of the shown quotes (first three) that take an explicit side on the ask's own subject: "wij handhaven
    /// de opschalingskorting", "afschaffen opschalingskorting"; neutral when none does.
    /// </summary>
    public Stance.Position ExplicitPosition { get; init; } = Stance.Position.Neutral;

    /// <summary>The evidence order's scores of the first and of the first three quotes: how quotable the best evidence is.</summary>
    public (double First, double MeanOfThree) ShownScore { get; init; }
}
