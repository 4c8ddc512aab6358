using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Thorbecke.Web.Pages;

/// <summary>Encoding and Dutch formatting for the pages; everything from documents, agendas and people goes through <see cref="E"/>.</summary>
internal static class Html
{
    private static readonly string[] DutchMonths =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A path segment: ids come from files and agendas and may hold anything.</summary>
    public static string U(string segment) => Uri.EscapeDataString(segment);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double confidence) =>
        Math.Round(Math.Clamp(double.IsFinite(confidence) ? confidence : 0, 0, 1) * 100, MidpointRounding.AwayFromZero)
            .ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"3 februari 2026 14:05", in Dutch time; month names spelled out because containers may lack ICU data.</summary>
    public static string DateTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Amsterdam);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Day} {DutchMonths[local.Month - 1]} {local.Year} {local:HH:mm}");
    }

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
