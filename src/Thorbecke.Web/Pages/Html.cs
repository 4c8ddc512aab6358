using System.Globalization;
using Microsoft.AspNetCore.Http;
using Thorbecke.Reports.Html;

namespace Thorbecke.Web.Pages;

/// <summary>
/// Encoding and Dutch formatting for the pages, the static report's (<see cref="HtmlText"/>) plus what only pages need;
/// everything from documents, agendas and people goes through <see cref="E"/>.
/// </summary>
internal static class Html
{
    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    public static string E(string? text) => HtmlText.E(text);

    /// <summary>A path segment: ids come from files and agendas and may hold anything.</summary>
    public static string U(string segment) => Uri.EscapeDataString(segment);

    public static string Number(int value) => HtmlText.Number(value);

    public static string Percent(double confidence) => HtmlText.Percent(confidence);

    /// <summary>"3 februari 2026 14:05", in Dutch time, with the static report's spelling of the date.</summary>
    public static string DateTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Amsterdam);
        return HtmlText.DutchDate(local) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture);
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
