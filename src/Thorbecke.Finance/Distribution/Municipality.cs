namespace Thorbecke.Finance.Distribution;

/// <summary>A municipality with its counts per maatstaf (verdeelmaatstaf).</summary>
/// <param name="Code">The CBS code, e.g. GM0344.</param>
/// <param name="Measures">Counts per maatstaf name (lower case), e.g. woonruimten or bijstandsontvangers; WOZ values in euros for OZB maatstaven.</param>
public sealed record Municipality(string Code, string Name, decimal Inhabitants, IReadOnlyDictionary<string, decimal> Measures)
{
    public const string InhabitantsMeasure = "inwoners";

    /// <summary>The count for a maatstaf; <c>inwoners</c> falls back on <see cref="Inhabitants"/>.</summary>
    public decimal? Measure(string name) =>
        Measures.TryGetValue(name, out var value) ? value
        : name == InhabitantsMeasure ? Inhabitants
        : null;
}
