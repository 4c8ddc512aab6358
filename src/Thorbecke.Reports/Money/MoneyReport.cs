using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Projection;

namespace Thorbecke.Reports.Money;

/// <summary>
/// Everything a gemeentefonds report shows. A single run is a comparison of one scenario; the optional parts
/// appear only when given.
/// </summary>
/// <param name="Comparison">The scenarios side by side; the first is the baseline every difference is measured against.</param>
public sealed record MoneyReport(ScenarioComparison Comparison)
{
    /// <summary>The main heading; a Dutch default naming the scenario(s) when null.</summary>
    public string? Title { get; init; }

    /// <summary>The date printed in the header; now when null. Fix it to make output reproducible.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>One municipality's algemene uitkering under each scenario, or null to leave the section out.</summary>
    public MunicipalEffect? Municipality { get; init; }

    /// <summary>The disbalans per domain and year (from <see cref="TaskBalance.Compute"/>), or null to leave the section out.</summary>
    public IReadOnlyList<BalanceYear>? Balance { get; init; }

    /// <summary>The scenario the disbalans was computed on; the baseline when null.</summary>
    public Scenario? BalanceScenario { get; init; }

    /// <summary>
    /// The input figures that are assumed or only secondary (e.g. <c>prijs-bbp 2027–2030</c>), listed under what the
    /// baseline follows; empty when the caller does not know its inputs.
    /// </summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>Whether the comparison has more than the baseline, so differences mean something.</summary>
    public bool IsComparison => Comparison.Projections.Count > 1;

    /// <summary>The heading actually shown.</summary>
    public string DisplayTitle => !string.IsNullOrWhiteSpace(Title) ? Title
        : IsComparison ? "Gemeentefonds: scenario's vergeleken"
        : $"Gemeentefonds: {Comparison.Baseline.Scenario.Title}";
}
