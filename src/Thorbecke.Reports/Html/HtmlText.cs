using System.Globalization;
using System.Net;
using Thorbecke.Core.Text;

namespace Thorbecke.Reports.Html;

/// <summary>
/// Encoding and Dutch formatting shared by the static report's sections and the web app's pages, so a percentage or a
/// date reads the same in both.
/// </summary>
public static class HtmlText
{
    private static readonly string[] DutchMonths =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    /// <summary>Every piece of text from documents or agendas goes through here: quotes can contain anything.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A confidence in [0, 1] as a Dutch percentage ("82%").</summary>
    public static string Percent(double confidence) =>
        Math.Round(Math.Clamp(double.IsFinite(confidence) ? confidence : 0, 0, 1) * 100, MidpointRounding.AwayFromZero)
            .ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// "24 november 2025". Month names are spelled out here rather than taken from the nl-NL culture,
    /// because containers without ICU data would silently print English or invariant names.
    /// </summary>
    public static string DutchDate(DateTimeOffset date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {DutchMonths[date.Month - 1]} {date.Year}");

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 ask" / "12 asks": Dutch plural chosen by count.</summary>
    public static string Count(int value, string one, string many) => Dutch.Count(value, one, many);
}
