using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Balance;

/// <summary>A municipal task domain (jeugd, Wmo, participatie ...) with its cost in the base year and its cost growth.</summary>
/// <param name="BaseCost">What the task costs in the projection's base year, in euros.</param>
/// <param name="Growth">Cost growth per year as fractions; a year without a value has no growth.</param>
public sealed record CostDomain(string Name, decimal BaseCost, YearSeries Growth);
