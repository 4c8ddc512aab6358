namespace Thorbecke.Finance.Distribution;

/// <summary>
/// The distribution of the algemene uitkering (Financiële-verhoudingswet art. 10-11, Bfv 2001): each municipality
/// gets uitkeringsfactor x uitkeringsbasis, where the basis sums count x bpe over the maatstaven; the OZB-verevening
/// is rekentarief x WOZ taken off after the factor. The factor makes the shares add up to the total.
/// </summary>
public static class DistributionModel
{
    /// <summary>The mechanism itself; needs the table of all municipalities, because the factor depends on every basis.</summary>
    public static FundDistribution Distribute(decimal total, IReadOnlyList<Municipality> municipalities, IReadOnlyList<Maatstaf> maatstaven)
    {
        var regular = maatstaven.Where(m => !m.IsOzb).ToList();
        if (regular.Count == 0)
        {
            throw new FinanceInputException("Er is geen verdeelmaatstaf met een bedrag per eenheid opgegeven.");
        }

        var parts = municipalities
            .Select(m => (municipality: m, basis: Sum(m, regular), ozb: Sum(m, maatstaven.Where(x => x.IsOzb))))
            .ToList();
        var bases = parts.Sum(p => p.basis);
        if (bases <= 0)
        {
            throw new FinanceInputException("De uitkeringsbases tellen op tot nul; de uitkeringsfactor is niet te bepalen.");
        }

        var factor = (total + parts.Sum(p => p.ozb)) / bases;
        var shares = parts.Select(p => new MunicipalShare(p.municipality, p.basis, p.ozb, (factor * p.basis) - p.ozb)).ToList();
        return new FundDistribution(total, factor, shares, IsApproximation: false);
    }

    /// <summary>
    /// The approximation when only inhabitants are known: every inhabitant gets the national average. It works
    /// for any selection of municipalities, because it divides by the national population.
    /// </summary>
    public static FundDistribution PerInhabitant(decimal total, decimal nationalInhabitants, IReadOnlyList<Municipality> municipalities)
    {
        if (nationalInhabitants <= 0)
        {
            throw new FinanceInputException("Het inwonertal van Nederland ontbreekt; het bedrag per inwoner is niet te bepalen.");
        }

        var perInhabitant = total / nationalInhabitants;
        var shares = municipalities
            .Select(m => new MunicipalShare(m, m.Inhabitants, 0, perInhabitant * m.Inhabitants))
            .ToList();
        return new FundDistribution(total, perInhabitant, shares, IsApproximation: true);
    }

    private static decimal Sum(Municipality municipality, IEnumerable<Maatstaf> maatstaven) =>
        maatstaven.Sum(m => (municipality.Measure(m.Name)
            ?? throw new FinanceInputException($"Gemeente {municipality.Name} ({municipality.Code}) heeft geen waarde voor maatstaf '{m.Name}'."))
            * m.AmountPerUnit);
}
