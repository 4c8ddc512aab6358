using System.Globalization;

namespace Thorbecke.Reports.Money;

/// <summary>
/// Amounts and rates as Dutch readers write them (nl-NL: "41.234,5", "€ 2.357", "4,72%"). The separators are
/// spelled out rather than read from the nl-NL culture data, because containers without ICU data would
/// silently print invariant numbers.
/// </summary>
internal static class MoneyFormat
{
    public const decimal Million = 1_000_000m;
    public const decimal Billion = 1_000_000_000m;

    /// <summary>The nl-NL number conventions: comma for decimals, point between thousands, hyphen for minus.</summary>
    public static NumberFormatInfo Dutch { get; } = CreateDutch();

    /// <summary>Euros as € mln with one decimal: 41234500000 becomes "41.234,5".</summary>
    public static string Millions(decimal euros) => Fixed(euros / Million, 1);

    /// <summary>Like <see cref="Millions"/>, with a plus sign on gains so differences read at a glance.</summary>
    public static string SignedMillions(decimal euros) => Signed(Round(euros / Million, 1), Millions(euros));

    /// <summary>An amount per inhabitant in whole euros: "€ 2.357", "€ -12".</summary>
    public static string PerInhabitant(decimal euros) => "€ " + Fixed(euros, 0);

    public static string SignedPerInhabitant(decimal euros) => "€ " + Signed(Round(euros, 0), Fixed(euros, 0));

    /// <summary>A fraction as a percentage with two decimals: 0.0472 becomes "4,72%".</summary>
    public static string Percent(decimal fraction) => Fixed(fraction * 100, 2) + "%";

    /// <summary>An index such as the fund index of the balance: "1,0472".</summary>
    public static string Index(decimal value) => Fixed(value, 4);

    /// <summary>Axis ticks: as many decimals as the tick needs, at most two ("41,25", "1.000", "-0,5").</summary>
    public static string Tick(double value) =>
        (Math.Abs(value) < 1e-9 ? 0 : value).ToString("#,##0.##", Dutch);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Fixed(decimal value, int decimals)
    {
        var format = decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
        return Round(value, decimals).ToString(format, Dutch);
    }

    // A value that rounds to zero would otherwise print as "-0,0".
    private static decimal Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0m : rounded;
    }

    private static string Signed(decimal rounded, string text) => rounded > 0 ? "+" + text : text;

    private static NumberFormatInfo CreateDutch()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberDecimalSeparator = ",";
        format.NumberGroupSeparator = ".";
        format.NegativeSign = "-";
        return NumberFormatInfo.ReadOnly(format);
    }
}
