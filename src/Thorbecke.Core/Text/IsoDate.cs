using System.Globalization;

namespace Thorbecke.Core.Text;

/// <summary>
/// Dates in files, JSON, the database and on the command line: ISO 8601 (2026-03-12), which sorts as text and reads the
/// same everywhere. Users read dates in Dutch (<see cref="Dutch.Date"/>).
/// </summary>
public static class IsoDate
{
    private const string Format = "yyyy-MM-dd";

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads "2026-03-12" (surrounding spaces allowed); anything else, an impossible day included, is refused.</summary>
    public static bool TryRead(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads a date this class wrote (a database column); throws <see cref="FormatException"/> otherwise.</summary>
    public static DateOnly Read(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
