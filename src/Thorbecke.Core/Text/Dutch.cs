using System.Globalization;

namespace Thorbecke.Core.Text;

/// <summary>Small Dutch wording rules shared by every output users read.</summary>
public static class Dutch
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"1 pagina" / "3 pagina's": the noun agrees with the count.</summary>
    public static string Count(int value, string one, string many) =>
        $"{Number(value)} {(value == 1 ? one : many)}";

    /// <summary>"100.000": thousands grouped with a point, as in Dutch.</summary>
    public static string Number(long value) => value.ToString("#,0", Culture);

    /// <summary>"64 MB", "1,5 GB": sizes as a Dutch reader writes them (binary units, as file managers show them).</summary>
    public static string Size(long bytes)
    {
        const double Mb = 1024 * 1024;
        return bytes >= 1024 * Mb
            ? (bytes / (1024 * Mb)).ToString("0.#", Culture) + " GB"
            : bytes >= Mb ? (bytes / Mb).ToString("0.#", Culture) + " MB" : Math.Ceiling(bytes / 1024.0).ToString("0", Culture) + " kB";
    }

    /// <summary>The months as Dutch writes them, the way <see cref="Date"/> prints and <c>StatedDate</c> reads them.</summary>
    public static IReadOnlyList<string> Months { get; } =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"12 maart 2026": a date as a Dutch reader writes it, spelled out so no culture data can change it.</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");
}
