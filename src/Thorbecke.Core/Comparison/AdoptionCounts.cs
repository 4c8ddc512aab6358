namespace Thorbecke.Core.Comparison;

/// <summary>How many asks got each outcome.</summary>
public sealed record AdoptionCounts(int Adopted, int Weakened, int Rejected, int Silent)
{
    public static AdoptionCounts Empty { get; } = new(0, 0, 0, 0);

    public int Total => Adopted + Weakened + Rejected + Silent;

    public int this[Adoption adoption] => adoption switch
    {
        Adoption.Adopted => Adopted,
        Adoption.Weakened => Weakened,
        Adoption.Rejected => Rejected,
        _ => Silent,
    };

    public static AdoptionCounts Of(IEnumerable<Adoption> outcomes)
    {
        var counts = Empty;
        foreach (var outcome in outcomes)
        {
            counts = outcome switch
            {
                Adoption.Adopted => counts with { Adopted = counts.Adopted + 1 },
                Adoption.Weakened => counts with { Weakened = counts.Weakened + 1 },
                Adoption.Rejected => counts with { Rejected = counts.Rejected + 1 },
                _ => counts with { Silent = counts.Silent + 1 },
            };
        }

        return counts;
    }
}
