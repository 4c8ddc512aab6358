using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Normering;

/// <summary>A rule that sets the yearly growth (accres) of the fund from published economic series.</summary>
public interface INormering
{
    /// <summary>The Dutch name shown in tables, e.g. "bbp-systematiek".</summary>
    string Name { get; }

    AccresRate RateFor(int year, EconomicData economy);
}
