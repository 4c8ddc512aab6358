using System.Globalization;

namespace Thorbecke.Finance.Amounts;

/// <summary>Prints amounts in the Dutch notation that <see cref="DutchAmountScanner"/> reads back exactly.</summary>
internal static class DutchAmountFormat
{
    /// <summary>
    /// Dutch separators, fixed here rather than taken from the nl-NL culture, so printing never depends on the
    /// ICU data of the machine (invariant-globalization containers have none).
    /// </summary>
    private static readonly NumberFormatInfo Dutch = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>A scaled number with more decimals than this is hard to read; the plain amount is printed instead.</summary>
    private const int MaxScaledDecimals = 3;

    private static readonly (string Word, decimal Factor)[] Scales =
    [
        ("biljoen", EuroAmount.Trillion),
        ("miljard", EuroAmount.Billion),
        ("miljoen", EuroAmount.Million),
    ];

    public static string Format(decimal euros)
    {
        var sign = euros < 0m ? "-" : "";
        var size = Math.Abs(euros);
        foreach (var (word, factor) in Scales)
        {
            if (size < factor)
            {
                continue;
            }

            var scaled = size / factor;
            if (decimal.Round(scaled, MaxScaledDecimals) == scaled && scaled * factor == size)
            {
                return $"€ {sign}{scaled.ToString("#,##0.###", Dutch)} {word}";
            }
        }

        return $"€ {sign}{Plain(size)}";
    }

    private static string Plain(decimal size)
    {
        if (decimal.Truncate(size) == size)
        {
            return size.ToString("#,##0", Dutch);
        }

        // Cents always show two digits (€ 2.357,50); finer fractions keep every digit they have.
        return decimal.Round(size, 2) == size
            ? size.ToString("#,##0.00", Dutch)
            : size.ToString("#,##0.############################", Dutch);
    }
}
