using Thorbecke.Finance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Projection;

namespace Thorbecke.Reports.Money;

/// <summary>
/// One municipality's algemene uitkering under every scenario of a comparison, year by year: each scenario's
/// fund is shared out over all municipalities and this one's share is kept.
/// </summary>
/// <param name="Municipality">The municipality as the distribution saw it (code, name, inhabitants).</param>
/// <param name="Scenarios">The scenarios in the comparison's order; the first is the baseline.</param>
/// <param name="IsApproximation">True when the shares come from inhabitants only; every view labels them so.</param>
public sealed record MunicipalEffect(Municipality Municipality, IReadOnlyList<Scenario> Scenarios, bool IsApproximation, IReadOnlyList<MunicipalEffectYear> Years)
{
    /// <summary>The label every table and chart carries when <see cref="IsApproximation"/> is true.</summary>
    public const string ApproximationLabel = "benadering (naar inwonertal)";

    /// <summary>
    /// From distributions already made: one dictionary per scenario (in the comparison's order) from year to the
    /// distribution of that scenario's fund in that year.
    /// </summary>
    public static MunicipalEffect FromDistributions(ScenarioComparison comparison, string codeOrName,
        IReadOnlyList<IReadOnlyDictionary<int, FundDistribution>> distributions)
    {
        if (distributions.Count != comparison.Projections.Count)
        {
            throw new FinanceInputException($"Er zijn {distributions.Count} verdelingen voor {comparison.Projections.Count} scenario's.");
        }

        return Build(comparison, codeOrName, (scenario, year) => distributions[scenario].TryGetValue(year.Year, out var distribution)
            ? distribution
            : throw new FinanceInputException($"Scenario '{comparison.Projections[scenario].Scenario.Id}' heeft geen verdeling voor {year.Year}."));
    }

    private static MunicipalEffect Build(ScenarioComparison comparison, string codeOrName, Func<int, FundYear, FundDistribution> distribute)
    {
        Municipality? municipality = null;
        var approximation = false;
        var years = new List<MunicipalEffectYear>();
        foreach (var year in comparison.Years)
        {
            var amounts = new List<decimal>();
            for (var scenario = 0; scenario < comparison.Projections.Count; scenario++)
            {
                var distribution = distribute(scenario, comparison.Projections[scenario].For(year));
                var share = distribution.Find(codeOrName)
                    ?? throw new FinanceInputException($"Gemeente '{codeOrName}' staat niet in de tabel met gemeenten.");
                municipality ??= share.Municipality;
                approximation |= distribution.IsApproximation;
                amounts.Add(share.Amount);
            }

            years.Add(new MunicipalEffectYear(year, amounts));
        }

        return new MunicipalEffect(
            municipality ?? throw new FinanceInputException("Er is geen jaar om de gemeente in door te rekenen."),
            comparison.Projections.Select(p => p.Scenario).ToList(),
            approximation,
            years);
    }

    /// <summary>The title shown above the municipality's table and chart, with the approximation label when it applies.</summary>
    public string Heading => IsApproximation
        ? $"{Municipality.Name} ({Municipality.Code}) – {ApproximationLabel}"
        : $"{Municipality.Name} ({Municipality.Code})";
}
