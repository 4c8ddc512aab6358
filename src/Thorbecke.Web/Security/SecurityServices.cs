using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Thorbecke.Core.Accounts;

namespace Thorbecke.Web.Security;

/// <summary>Cookie login, roles and anti-forgery: every page needs a login, every write the reviewer role.</summary>
internal static class SecurityServices
{
    public static IServiceCollection AddThorbeckeSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/inloggen";
            cookie.LogoutPath = "/uitloggen";
            cookie.Cookie.Name = "thorbecke";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;

            // 'serve' listens on plain HTTP on localhost by default; behind TLS the cookie is marked Secure.
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
            antiforgery.FormFieldName = "__af";

            // SecurityHeaders sends DENY; the default SAMEORIGIN would contradict it.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }
}
