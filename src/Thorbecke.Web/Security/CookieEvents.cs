using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Thorbecke.Storage.Sql;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Security;

/// <summary>
/// The API answers 401 and 403 instead of redirecting to the login page, a forbidden page answers 403 in Dutch,
/// and every request checks the account still exists with the security stamp the cookie was issued under: logging
/// out, removing someone or changing their role or password renews the stamp, so a copied or stolen cookie stops
/// working at once rather than when it expires. One read of a small SQLite row per request; no cache to go stale.
/// </summary>
internal sealed class CookieEvents(SqlProjectStore store) : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }

    public override async Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (IsApi(context.Request))
        {
            await context.Response.WriteAsJsonAsync(new Api.ApiError("Uw account mag alleen lezen; beoordelen kan met de rol reviewer of admin."));
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(ErrorPage.Render(PageContext.From(context.HttpContext), "Geen toegang",
            "Uw account mag alleen lezen; beoordelen kan met de rol reviewer of admin."));
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var account = name is null ? null : store.FindAccount(name);
        if (account is null || !Roles.HasCurrentStamp(context.Principal!, account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
