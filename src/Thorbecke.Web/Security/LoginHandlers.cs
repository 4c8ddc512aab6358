using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Accounts;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Security;

/// <summary>The login form, logging in and logging out; <see cref="Routes"/> maps them and limits the login attempts.</summary>
internal static class LoginHandlers
{
    private static readonly Lazy<string> UnknownAccountHash = new(() => PasswordHashing.Hash(Guid.NewGuid().ToString()));

    public static IResult Form(HttpContext http, string? returnUrl) =>
        Html.Page(LoginPage.Render(PageContext.From(http), returnUrl));

    public static async Task<IResult> Login(HttpContext http, IFormCollection form, ReportSource source)
    {
        var name = form["naam"].ToString().Trim();
        var returnUrl = form["ReturnUrl"].ToString();
        var account = name.Length == 0 ? null : source.Store.FindAccount(name);

        // An unknown name is checked against a dummy hash, so the answer takes as long as for a wrong password.
        var verified = PasswordHashing.Verify(form["wachtwoord"].ToString(), account?.PasswordHash ?? UnknownAccountHash.Value);
        if (account is null || !verified)
        {
            return Html.Page(LoginPage.Render(PageContext.From(http), returnUrl, name, LoginPage.Failed), StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Roles.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Redirect(LocalReturnUrl.Resolve(returnUrl));
    }

    /// <summary>Ends every session of the account, not only this browser's: a copied cookie is refused from now on.</summary>
    public static async Task<IResult> Logout(HttpContext http, IFormCollection form, ReportSource source)
    {
        // The form is bound only so that ASP.NET checks its anti-forgery token.
        _ = form;
        if (http.User.Identity?.Name is { } name)
        {
            source.Store.RotateSecurityStamp(name);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/inloggen");
    }
}
