using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Thorbecke.Core.Accounts;

namespace Thorbecke.Web.Security;

/// <summary>
/// Cookie login, roles and anti-forgery: every page needs a login, every write the reviewer role; login attempts
/// are limited, and behind a trusted proxy the client's scheme and address are honoured.
/// </summary>
internal static class SecurityServices
{
    public static IServiceCollection AddThorbeckeSecurity(this IServiceCollection services, WebAppOptions options)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/inloggen";
            cookie.LogoutPath = "/uitloggen";
            cookie.Cookie.Name = "thorbecke";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;

            // 'serve' listens on plain HTTP on localhost by default; over TLS, direct or through a trusted proxy, the cookie is Secure.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.EventsType = typeof(CookieEvents);
        });
        services.AddScoped<CookieEvents>();

        var roles = new[] { Roles.ClaimValue(Role.Reviewer), Roles.ClaimValue(Role.Admin) };
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.CanReview, policy => policy.RequireRole(roles));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "thorbecke-af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__af";

            // SecurityHeaders sends DENY; the default SAMEORIGIN would contradict it.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        return services.AddLoginRateLimits(options).AddTransportSecurity(options);
    }

    /// <summary>
    /// The security middleware in its order: the forwarded scheme and address first, as everything after reads them;
    /// the login limits before the login handler; then authentication, authorization and the anti-forgery check.
    /// </summary>
    public static void UseThorbeckeSecurity(this WebApplication app, WebAppOptions options)
    {
        app.UseTransportSecurity(options);
        app.UseSecurityHeaders();
        app.UseLoginRateLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }
}
