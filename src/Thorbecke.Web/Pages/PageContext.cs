using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Thorbecke.Web.Security;

namespace Thorbecke.Web.Pages;

/// <summary>What every page needs from the request: who is looking, and the anti-forgery token for its forms.</summary>
internal sealed record PageContext(string? User, bool MayReview, AntiforgeryTokenSet Tokens)
{
    public static PageContext From(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var user = http.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        return new PageContext(user, Roles.MayReview(http.User), tokens);
    }

    /// <summary>The hidden field every form carries.</summary>
    public string TokenField => $"<input type=\"hidden\" name=\"{Html.E(Tokens.FormFieldName)}\" value=\"{Html.E(Tokens.RequestToken)}\">";
}
