using System.Globalization;

namespace Thorbecke.Core.Text;

/// <summary>Small Dutch wording rules shared by every output users read.</summary>
public static class Dutch
{
    /// <summary>"1 pagina" / "3 pagina's": the noun agrees with the count.</summary>
    public static string Count(int value, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} {(value == 1 ? one : many)}");
}
