namespace Thorbecke.Finance.Projection;

/// <summary>Scenarios side by side, each measured against the first (the baseline), year by year.</summary>
public sealed class ScenarioComparison
{
    public ScenarioComparison(IReadOnlyList<FundProjection> projections)
    {
        if (projections.Count == 0)
        {
            throw new FinanceInputException("Er is geen scenario om te vergelijken.");
        }

        Projections = projections;
        Years = projections[0].Shown.Select(y => y.Year)
            .Where(year => projections.All(p => p.Shown.Any(y => y.Year == year)))
            .ToList();
    }

    public FundProjection Baseline => Projections[0];

    public IReadOnlyList<FundProjection> Projections { get; }

    /// <summary>The years every scenario shows; a scenario that starts later narrows the comparison.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The scenario's fund minus the baseline's, in euros.</summary>
    public decimal Difference(FundProjection projection, int year) => projection.For(year).Total - Baseline.For(year).Total;

    public decimal DifferencePerInhabitant(FundProjection projection, int year)
    {
        var row = projection.For(year);
        return row.Inhabitants == 0 ? 0 : Difference(projection, year) / row.Inhabitants;
    }
}
