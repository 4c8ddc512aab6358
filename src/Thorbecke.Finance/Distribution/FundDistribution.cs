namespace Thorbecke.Finance.Distribution;

/// <summary>The algemene uitkering shared out over municipalities.</summary>
/// <param name="Total">The amount shared out, in euros.</param>
/// <param name="Factor">The uitkeringsfactor; for the per-inhabitant approximation, euros per inhabitant.</param>
/// <param name="IsApproximation">True when only inhabitants were known: every view labels the figures as an approximation.</param>
public sealed record FundDistribution(decimal Total, decimal Factor, IReadOnlyList<MunicipalShare> Shares, bool IsApproximation)
{
    public MunicipalShare? Find(string codeOrName) =>
        Shares.FirstOrDefault(s => string.Equals(s.Municipality.Code, codeOrName, StringComparison.OrdinalIgnoreCase))
        ?? Shares.FirstOrDefault(s => string.Equals(s.Municipality.Name, codeOrName, StringComparison.OrdinalIgnoreCase));
}
