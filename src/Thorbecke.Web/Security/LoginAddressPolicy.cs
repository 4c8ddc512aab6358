using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Thorbecke.Web.Security;

/// <summary>
/// The login limit per client address (after X-Forwarded-For when <c>serve --proxy</c> trusts it). An IPv6 client
/// usually holds a whole /64, so it counts as one address.
/// </summary>
internal sealed class LoginAddressPolicy(int attemptsPerMinute) : IRateLimiterPolicy<string>
{
    public const string TooManyFromAddress = "Te veel inlogpogingen vanaf dit adres. Probeer het over een minuut opnieuw.";

    public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected { get; } =
        (context, _) => LoginRateLimits.Refuse(context.HttpContext, TooManyFromAddress);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetSlidingWindowLimiter(Key(httpContext.Connection.RemoteIpAddress), _ => LoginRateLimits.PerMinute(attemptsPerMinute));

    public static string Key(IPAddress? address) => address switch
    {
        null => "onbekend",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } => Prefix64(address) + "/64",
        _ => address.ToString(),
    };

    private static IPAddress Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
