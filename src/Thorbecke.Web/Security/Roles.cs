using System.Security.Claims;
using Thorbecke.Core.Accounts;

namespace Thorbecke.Web.Security;

/// <summary>Role claims as the cookie carries them, and the policy that guards every write.</summary>
internal static class Roles
{
    /// <summary>The authorization policy of every endpoint that saves a review: reviewers and admins.</summary>
    public const string CanReview = "kan-beoordelen";

    public static string ClaimValue(Role role) => role.ToString().ToLowerInvariant();

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, account.Name),
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.Role, ClaimValue(account.Role)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static bool MayReview(ClaimsPrincipal user) =>
        user.IsInRole(ClaimValue(Role.Reviewer)) || user.IsInRole(ClaimValue(Role.Admin));
}
