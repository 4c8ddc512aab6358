using System.Globalization;
using Thorbecke.Core.Text;

namespace Thorbecke.Web.Pages;

/// <summary>
/// A date from a form or a query string: ISO 8601 (2026-03-12) as a browser's date field sends it, or as a Dutch
/// reader types it (12-3-2026); read invariantly, so the server's culture never changes what a date means.
/// </summary>
internal static class DateInput
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d-M-yyyy"];

    /// <summary>The Dutch sentence for a date that cannot be read.</summary>
    public static string Invalid(string text) =>
        $"'{text}' is geen datum. Schrijf een datum als 2026-03-01 of 1-3-2026.";

    /// <summary>Reads <paramref name="text"/>; true with a null date when it is empty, false when it is no date.</summary>
    public static bool TryRead(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var read))
        {
            date = read;
            return true;
        }

        return false;
    }

    /// <summary>A date as a date field's value (ISO 8601).</summary>
    public static string Value(DateOnly date) => IsoDate.Write(date);
}
