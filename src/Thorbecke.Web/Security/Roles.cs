using System.Security.Claims;
using Thorbecke.Core.Accounts;

namespace Thorbecke.Web.Security;

/// <summary>The claims the login cookie carries (name, role, security stamp), and the policy that guards every write.</summary>
internal static class Roles
{
    /// <summary>The authorization policy of every endpoint that saves a review: reviewers and admins.</summary>
    public const string CanReview = "kan-beoordelen";

    /// <summary>The account's <see cref="Account.SecurityStamp"/> when the cookie was issued; see <see cref="CookieEvents"/>.</summary>
    public const string StampClaim = "thorbecke:stempel";

    public static string ClaimValue(Role role) => role.ToString().ToLowerInvariant();

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, account.Name),
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.Role, ClaimValue(account.Role)),
            new(StampClaim, account.SecurityStamp),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Whether the cookie was issued under the account's current stamp: not since logout nor since a change of role or password.</summary>
    public static bool HasCurrentStamp(ClaimsPrincipal user, Account account) =>
        user.FindFirst(StampClaim) is { } stamp && string.Equals(stamp.Value, account.SecurityStamp, StringComparison.Ordinal);

    public static bool MayReview(ClaimsPrincipal user) =>
        user.IsInRole(ClaimValue(Role.Reviewer)) || user.IsInRole(ClaimValue(Role.Admin));
}
