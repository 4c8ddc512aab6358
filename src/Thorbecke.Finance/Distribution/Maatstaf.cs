namespace Thorbecke.Finance.Distribution;

/// <summary>A verdeelmaatstaf with its bedrag per eenheid (bpe) from the circulaire.</summary>
/// <param name="Name">The maatstaf as the municipality table names it (lower case).</param>
/// <param name="AmountPerUnit">The bpe in euros "in basis" (before the uitkeringsfactor). For an OZB maatstaf: the rekentarief, a fraction of the WOZ value.</param>
/// <param name="IsOzb">True for the OZB-verevening: a deduction of rekentarief x WOZ that does not scale with the uitkeringsfactor.</param>
public sealed record Maatstaf(string Name, decimal AmountPerUnit, bool IsOzb = false);
