using System.Globalization;

namespace Thorbecke.Cli.Terminal;

/// <summary>The cultures used for what users read (Dutch) and what files hold (invariant).</summary>
internal static class Formats
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");
}
