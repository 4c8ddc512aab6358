namespace Thorbecke.Finance.Projection;

/// <summary>The algemene uitkering year by year under one scenario.</summary>
public sealed record FundProjection(Scenario Scenario, IReadOnlyList<FundYear> Years)
{
    public FundYear For(int year) =>
        Years.FirstOrDefault(y => y.Year == year) ?? throw new FinanceInputException($"Scenario '{Scenario.Id}' rekent niet met {year}.");

    /// <summary>The years the scenario asked to show (the projection may start earlier, at the base year).</summary>
    public IEnumerable<FundYear> Shown => Years.Where(y => y.Year >= Scenario.FromYear && y.Year <= Scenario.ToYear);
}
