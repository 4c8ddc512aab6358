namespace Thorbecke.Finance.Series;

/// <summary>Everything a projection starts from: the algemene uitkering in a base year and the economic series.</summary>
/// <param name="BaseYear">The year whose algemene uitkering is known.</param>
/// <param name="BaseAmount">The algemene uitkering in the base year, in euros, with its source.</param>
public sealed record FundInputs(int BaseYear, Figure BaseAmount, EconomicData Economy);
