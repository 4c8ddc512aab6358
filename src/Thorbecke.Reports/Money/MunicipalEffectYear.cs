namespace Thorbecke.Reports.Money;

/// <summary>One year of a <see cref="MunicipalEffect"/>: the municipality's algemene uitkering under each scenario, in euros.</summary>
/// <param name="Amounts">One amount per scenario, in the comparison's order; the first is the baseline's.</param>
public sealed record MunicipalEffectYear(int Year, IReadOnlyList<decimal> Amounts)
{
    /// <summary>The scenario's amount minus the baseline's.</summary>
    public decimal Difference(int scenario) => Amounts[scenario] - Amounts[0];
}
