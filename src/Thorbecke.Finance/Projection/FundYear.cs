using Thorbecke.Finance.Normering;

namespace Thorbecke.Finance.Projection;

/// <summary>One year of a projection; amounts in euros.</summary>
/// <param name="Rate">The accres applied in the year (zero in the base year).</param>
/// <param name="Accres">The euros the accres added: the indexed path minus last year's.</param>
/// <param name="Indexed">The fund along the indexed path, before the amounts of the levers.</param>
/// <param name="Effects">The amounts of the levers in this year (only those that did something).</param>
/// <param name="Total">The fund: the indexed path plus the levers' amounts.</param>
/// <param name="Inhabitants">The population used for the amount per inhabitant.</param>
public sealed record FundYear(int Year, AccresRate Rate, decimal Accres, decimal Indexed, IReadOnlyList<LeverEffect> Effects, decimal Total, decimal Inhabitants)
{
    public decimal LeverTotal => Effects.Sum(e => e.Amount);

    public decimal PerInhabitant => Inhabitants == 0 ? 0 : Total / Inhabitants;
}
