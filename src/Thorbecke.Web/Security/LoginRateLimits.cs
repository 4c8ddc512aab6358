using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Security;

/// <summary>
/// Login attempts per account name (any case) and per client address, counted over a sliding minute with ASP.NET
/// Core's rate limiter. A refused attempt is answered before the login handler runs, so it costs no password hash;
/// every attempt counts, right or wrong, so the right password is refused too until the minute has passed.
/// </summary>
/// <remarks>
/// The account limit is the global limiter and the address limit the login route's policy, because the middleware
/// asks the global limiter first and only then the policy: an attempt refused for its account never uses up the
/// address's allowance, and each refusal gets its own message.
/// </remarks>
internal static class LoginRateLimits
{
    /// <summary>The rate limiting policy of the login POST.</summary>
    public const string Policy = "inloggen";

    public const string TooManyForAccount = "Te veel inlogpogingen voor dit account. Probeer het over een minuut opnieuw.";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Not an account key (those start with "naam:"), so no login ever shares the unlimited partition.</summary>
    private const string NotALogin = "";

    private const int LongestName = 200;

    public static IServiceCollection AddLoginRateLimits(this IServiceCollection services, WebAppOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsLogin(http)
                ? RateLimitPartition.GetSlidingWindowLimiter(AccountKey(http), _ => PerMinute(options.LoginAttemptsPerAccount))
                : RateLimitPartition.GetNoLimiter(NotALogin));
            limiter.OnRejected = (context, _) => Refuse(context.HttpContext, TooManyForAccount);
            limiter.AddPolicy(Policy, new LoginAddressPolicy(options.LoginAttemptsPerAddress));
        });

    /// <summary>
    /// The limiters choose their partition synchronously, so the login form is read before them; the handler gets
    /// the same parsed form. A form that cannot be read counts under the empty name and fails in the handler.
    /// </summary>
    public static IApplicationBuilder UseLoginRateLimits(this IApplicationBuilder app) => app
        .Use(async (http, next) =>
        {
            if (IsLogin(http) && http.Request.HasFormContentType)
            {
                try
                {
                    await http.Request.ReadFormAsync(http.RequestAborted);
                }
                catch (Exception error) when (error is InvalidDataException or BadHttpRequestException)
                {
                    // The login handler binds the form again and answers 400.
                }
            }

            await next(http);
        })
        .UseRateLimiter();

    public static SlidingWindowRateLimiterOptions PerMinute(int attempts) => new()
    {
        PermitLimit = attempts,
        Window = Window,
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>The login page again, with the reason, the name and the return URL that were sent, as 429 with Retry-After.</summary>
    public static async ValueTask Refuse(HttpContext http, string message)
    {
        var form = http.Features.Get<IFormFeature>()?.Form;
        http.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var page = LoginPage.Render(PageContext.From(http), form?["ReturnUrl"].ToString(), form?["naam"].ToString().Trim(), message);
        await Html.Page(page, StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }

    private static bool IsLogin(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy;

    private static string AccountKey(HttpContext http)
    {
        var name = http.Features.Get<IFormFeature>()?.Form?["naam"].ToString().Trim() ?? "";
        return "naam:" + (name.Length > LongestName ? name[..LongestName] : name).ToLowerInvariant();
    }
}
