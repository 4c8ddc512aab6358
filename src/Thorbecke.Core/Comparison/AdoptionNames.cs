using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Comparison;

/// <summary>How a reference's verdict reads as an outcome, and the outcomes' wire names and Dutch labels.</summary>
public static class AdoptionNames
{
    /// <summary>In the order pages and summaries list them: from the best outcome for the agenda to the worst.</summary>
    public static IReadOnlyList<Adoption> All { get; } = [Adoption.Adopted, Adoption.Weakened, Adoption.Rejected, Adoption.Silent];

    public static Adoption FromVerdict(Verdict verdict) => verdict switch
    {
        Verdict.Support => Adoption.Adopted,
        Verdict.Partial => Adoption.Weakened,
        Verdict.Oppose => Adoption.Rejected,
        _ => Adoption.Silent,
    };

    /// <summary>The verdict an outcome is read from, so pages can colour outcomes as they colour verdicts.</summary>
    public static Verdict ToVerdict(this Adoption adoption) => adoption switch
    {
        Adoption.Adopted => Verdict.Support,
        Adoption.Weakened => Verdict.Partial,
        Adoption.Rejected => Verdict.Oppose,
        _ => Verdict.None,
    };

    public static string ToWire(this Adoption adoption) => adoption switch
    {
        Adoption.Adopted => "adopted",
        Adoption.Weakened => "weakened",
        Adoption.Rejected => "rejected",
        _ => "silent",
    };

    public static string ToDutch(this Adoption adoption) => adoption switch
    {
        Adoption.Adopted => "overgenomen",
        Adoption.Weakened => "afgezwakt",
        Adoption.Rejected => "afgewezen",
        _ => "niet genoemd",
    };
}
