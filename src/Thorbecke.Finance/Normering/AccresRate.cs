namespace Thorbecke.Finance.Normering;

/// <summary>The growth of the fund in one year, as fractions, with the parts it is made of.</summary>
/// <param name="Total">The accres: 0.0472 is 4.72%.</param>
/// <param name="Volume">The volume part, when the normering has one.</param>
/// <param name="Price">The price part, when the normering has one.</param>
/// <param name="Basis">A short Dutch description of how the rate was found.</param>
public sealed record AccresRate(decimal Total, decimal? Volume, decimal? Price, string Basis);
