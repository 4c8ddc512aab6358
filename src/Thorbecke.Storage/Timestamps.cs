using System.Globalization;

namespace Thorbecke.Storage;

/// <summary>
/// Timestamps as fixed-width ISO 8601 UTC text ("2025-10-29T18:04:05.1234567Z"): readable in any SQL tool,
/// independent of the machine's culture and time zone, and in time order when sorted as text.
/// </summary>
internal static class Timestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Now() => DateTime.UtcNow.ToString(Format, CultureInfo.InvariantCulture);

    public static string Write(DateTimeOffset at) => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTime Parse(string text) =>
        DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
