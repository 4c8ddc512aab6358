namespace Thorbecke.Finance.Normering;

/// <summary>
/// How the volume and price parts make one accres. The public description does not say (marked uncertain in
/// docs/finance.md), so both are offered; multiplying is the default because it is how nominal growth composes.
/// </summary>
public enum PartsCombination
{
    Multiplied,
    Added,
}
