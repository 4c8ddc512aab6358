using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Thorbecke.Storage.Postgres;

/// <summary>
/// Where a PostgreSQL database is: a URL (<c>postgres://user:password@host:port/database?sslmode=require</c>, as
/// hosting providers hand them out) or a plain Npgsql connection string (<c>Host=...;Database=...</c>).
/// </summary>
internal static partial class PostgresAddress
{
    private const int DefaultPort = 5432;

    public static bool IsUrl(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">The text is neither a PostgreSQL URL nor a connection string Npgsql accepts.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        text = text.Trim();
        try
        {
            return IsUrl(text) ? FromUrl(text) : FromConnectionString(text);
        }
        catch (InvalidAddressException e)
        {
            throw new ArgumentException(
                $"'{Redacted(text)}' is geen PostgreSQL-adres: {e.Message}. Schrijf postgres://gebruiker:wachtwoord@server:5432/database.", e);
        }
    }

    /// <summary>The database as users know it, without the password: <c>postgres://anna@db.example.nl:5432/thorbecke</c>.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder address)
    {
        var user = string.IsNullOrEmpty(address.Username) ? "" : Uri.EscapeDataString(address.Username) + "@";
        var host = address.Host is { } h && h.Contains(':', StringComparison.Ordinal) && !h.StartsWith('[') ? $"[{h}]" : address.Host;
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{host}:{address.Port}/{address.Database}");
    }

    private static NpgsqlConnectionStringBuilder FromConnectionString(string text)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new InvalidAddressException("de verbindingsgegevens zijn onleesbaar of noemen een onbekende optie", e);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            throw new InvalidAddressException("de URL is onleesbaar (kijk naar de poort en naar tekens als @, : en / in naam of wachtwoord, die als %40, %3A en %2F moeten)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.IdnHost,
            Port = url.IsDefaultPort || url.Port < 0 ? DefaultPort : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        if (string.IsNullOrEmpty(builder.Database))
        {
            throw new InvalidAddressException("de URL noemt geen database");
        }

        // Query options are connection string keywords: ?sslmode=require&timeout=30.
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            try
            {
                builder[key] = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new InvalidAddressException($"de optie '{key}' is onbekend of heeft een onleesbare waarde", e);
            }
        }

        return builder;
    }

    /// <summary>The text with the password of a URL blanked, for error messages.</summary>
    private static string Redacted(string text)
    {
        var at = text.LastIndexOf('@');
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (!IsUrl(text) || at < 0 || scheme < 0)
        {
            return PasswordOption().Replace(text, "$1***");
        }

        var colon = text.IndexOf(':', scheme + 3);
        return colon >= 0 && colon < at ? text[..(colon + 1)] + "***" + text[at..] : text;
    }

    [GeneratedRegex(@"((?:password|pwd)\s*=\s*)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordOption();
}
