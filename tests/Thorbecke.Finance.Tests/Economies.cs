using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Tests;

/// <summary>Small, hand-made economic inputs whose consequences can be computed on paper.</summary>
internal static class Economies
{
    public const decimal Billion = 1_000_000_000m;
    public const decimal Million = 1_000_000m;

    public static SourcedSeries Series(string name, params (int Year, decimal Value)[] values) =>
        new(name, values.Select(v => KeyValuePair.Create(v.Year, new Figure(v.Value, "handberekend"))));

    /// <summary>Real growth 1%..8% over 2017-2024 (mean 4.5%), deflator 2% from 2025, NGRU growing 3% a year, 10 million inhabitants.</summary>
    public static EconomicData Simple() => new(
        Series("bbp-volume", (2017, 0.01m), (2018, 0.02m), (2019, 0.03m), (2020, 0.04m), (2021, 0.05m), (2022, 0.06m), (2023, 0.07m), (2024, 0.08m),
            (2025, 0.09m), (2026, 0.10m)),
        Series("prijs-bbp", (2025, 0.02m), (2026, 0.02m), (2027, 0.02m), (2028, 0.02m)),
        Series("ngru", (2025, 100 * Billion), (2026, 103 * Billion), (2027, 106.09m * Billion), (2028, 109.2727m * Billion)),
        Series("inwoners", (2025, 10_000_000m)));

    /// <summary>A fund of 40 billion in 2025 on <see cref="Simple"/>.</summary>
    public static FundInputs Fund40Billion() => new(2025, new Figure(40 * Billion, "handberekend"), Simple());
}
