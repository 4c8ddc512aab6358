namespace Thorbecke.Core.Accounts;

/// <summary>A person who may log in to the web app.</summary>
/// <param name="PasswordHash">See <see cref="PasswordHashing"/>; the password itself is never stored.</param>
public sealed record Account(string Name, Role Role, string PasswordHash)
{
    public bool CanReview => Role is Role.Reviewer or Role.Admin;

    /// <summary>
    /// A random value the store replaces on every save and at logout; a login cookie carries the value it was issued
    /// with, so a changed stamp ends every session of the account. Set by the store; ignored when saving.
    /// </summary>
    public string SecurityStamp { get; init; } = "";
}
