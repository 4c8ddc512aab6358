namespace Thorbecke.Web.Security;

/// <summary>
/// Where a login may send the browser afterwards: a path on this site and nothing else. Browsers drop tabs and
/// newlines from a URL and read a backslash as a slash, so "/\t/evil.example" and "/\evil.example" both mean
/// "//evil.example", another site; CR and LF cannot go in a Location header at all, nor can non-ASCII text. The same
/// checks run on the value decoded once, for whatever decodes it on the way. Anything doubtful becomes <see cref="Home"/>.
/// </summary>
internal static class LocalReturnUrl
{
    public const string Home = "/";

    public static string Resolve(string? url) =>
        url is not null && url.All(c => c is > ' ' and <= '~') && IsLocalPath(url) && IsLocalPath(Uri.UnescapeDataString(url))
            ? url
            : Home;

    private static bool IsLocalPath(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl);
}
