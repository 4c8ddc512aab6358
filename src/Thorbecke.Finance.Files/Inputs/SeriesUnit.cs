namespace Thorbecke.Finance.Files.Inputs;

/// <summary>How a series is written in input files.</summary>
public enum SeriesUnit
{
    /// <summary>Percentages: 1.5 is 1.5%, stored as the fraction 0.015.</summary>
    Percent,

    /// <summary>Millions of euros, stored as euros.</summary>
    Millions,

    /// <summary>Plain counts, such as inhabitants.</summary>
    Count,
}
