using System.Globalization;

namespace Thorbecke.Reports.Csv;

/// <summary>
/// How a CSV separates fields and writes decimals. Excel in a Dutch locale splits only on ';' and reads "0,825" as a
/// number, so a standard CSV opens there as one column; <see cref="DutchExcel"/> is the file it does read.
/// </summary>
/// <param name="Separator">Between fields.</param>
/// <param name="Numbers">Formats the numbers (the decimal separator).</param>
public sealed record CsvDialect(char Separator, CultureInfo Numbers)
{
    /// <summary>RFC 4180: commas and a decimal point; for scripts and other programs.</summary>
    public static CsvDialect Standard { get; } = new(',', CultureInfo.InvariantCulture);

    /// <summary>Semicolons and a decimal comma, as Excel with Dutch settings expects.</summary>
    public static CsvDialect DutchExcel { get; } = new(';', CreateDutchNumbers());

    public string Number(double value) => value.ToString("0.###", Numbers);

    /// <summary>Named here rather than taken from nl-NL: containers without ICU data would print a point.</summary>
    private static CultureInfo CreateDutchNumbers()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        return CultureInfo.ReadOnly(culture);
    }
}
