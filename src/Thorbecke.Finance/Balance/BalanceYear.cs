namespace Thorbecke.Finance.Balance;

/// <summary>One year of the task-versus-money balance, in euros.</summary>
/// <param name="Costs">What the tasks cost this year, per domain.</param>
/// <param name="Covered">What the fund's growth since the base year pays for, per domain: the base cost times the fund index.</param>
public sealed record BalanceYear(int Year, decimal FundIndex, IReadOnlyDictionary<string, decimal> Costs, IReadOnlyDictionary<string, decimal> Covered)
{
    /// <summary>The disbalans of a domain: positive when costs outgrow the money.</summary>
    public decimal Gap(string domain) => Costs[domain] - Covered[domain];

    public decimal TotalGap => Costs.Keys.Sum(Gap);
}
