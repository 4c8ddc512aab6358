using Thorbecke.Finance.Projection;

namespace Thorbecke.Finance.Distribution;

/// <summary>
/// Shares each scenario's fund out over the user's municipalities, year by year. With maatstaven and a table
/// that covers the whole country the real mechanism is used; otherwise the per-inhabitant approximation, labelled as such.
/// </summary>
public static class MunicipalEffects
{
    /// <summary>A table must hold nearly all inhabitants for the uitkeringsfactor to mean anything.</summary>
    public const decimal CompleteShare = 0.98m;

    public static IReadOnlyDictionary<int, FundDistribution> For(FundProjection projection, IReadOnlyList<Municipality> municipalities, IReadOnlyList<Maatstaf>? maatstaven) =>
        projection.Shown.ToDictionary(year => year.Year, year => Distribute(year, municipalities, maatstaven));

    /// <summary>Whether the mechanism itself can be used, or only the approximation.</summary>
    public static bool UsesMechanism(FundYear year, IReadOnlyList<Municipality> municipalities, IReadOnlyList<Maatstaf>? maatstaven) =>
        maatstaven is { Count: > 0 } && municipalities.Sum(m => m.Inhabitants) >= CompleteShare * year.Inhabitants;

    private static FundDistribution Distribute(FundYear year, IReadOnlyList<Municipality> municipalities, IReadOnlyList<Maatstaf>? maatstaven) =>
        UsesMechanism(year, municipalities, maatstaven)
            ? DistributionModel.Distribute(year.Total, municipalities, maatstaven!)
            : DistributionModel.PerInhabitant(year.Total, year.Inhabitants, municipalities);
}
