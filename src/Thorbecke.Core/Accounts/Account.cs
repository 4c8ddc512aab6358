namespace Thorbecke.Core.Accounts;

/// <summary>A person who may log in to the web app.</summary>
/// <param name="PasswordHash">See <see cref="PasswordHashing"/>; the password itself is never stored.</param>
public sealed record Account(string Name, Role Role, string PasswordHash)
{
    public bool CanReview => Role is Role.Reviewer or Role.Admin;
}
