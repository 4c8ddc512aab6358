using Microsoft.AspNetCore.Builder;

namespace Thorbecke.Web.Security;

/// <summary>
/// Headers on every response: no scripts, styles or frames from elsewhere (the pages use none, not even inline),
/// no MIME sniffing, no framing, no referrer leaking document ids, and no caching of pages that need a login.
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        await next(context);
    });
}
