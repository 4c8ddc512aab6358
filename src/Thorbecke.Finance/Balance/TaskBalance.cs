using Thorbecke.Finance.Projection;

namespace Thorbecke.Finance.Balance;

/// <summary>
/// Taken versus middelen: each domain's cost grows at its own rate; the money for it grows as the fund grows.
/// The difference is the disbalans the VNG asks the Rijk to close.
/// </summary>
public static class TaskBalance
{
    public static IReadOnlyList<BalanceYear> Compute(FundProjection projection, IReadOnlyList<CostDomain> domains)
    {
        var baseYear = projection.Years[0];
        var costs = domains.ToDictionary(d => d.Name, d => d.BaseCost);
        var result = new List<BalanceYear>();
        foreach (var year in projection.Years)
        {
            if (year.Year != baseYear.Year)
            {
                foreach (var domain in domains)
                {
                    costs[domain.Name] *= 1 + domain.Growth.ValueOrZero(year.Year);
                }
            }

            var index = baseYear.Total == 0 ? 1 : year.Total / baseYear.Total;
            if (year.Year >= projection.Scenario.FromYear)
            {
                result.Add(new BalanceYear(year.Year, index, new Dictionary<string, decimal>(costs),
                    domains.ToDictionary(d => d.Name, d => d.BaseCost * index)));
            }
        }

        return result;
    }
}
