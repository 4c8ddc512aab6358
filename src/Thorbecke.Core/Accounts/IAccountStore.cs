namespace Thorbecke.Core.Accounts;

/// <summary>Where accounts live.</summary>
public interface IAccountStore
{
    Account? FindAccount(string name);

    IReadOnlyList<Account> ListAccounts();

    /// <summary>
    /// Adds an account or replaces the role and password of an existing one; either way the account gets a new
    /// <see cref="Account.SecurityStamp"/>, so a changed role or password ends the sessions it had.
    /// </summary>
    void SaveAccount(Account account);

    /// <summary>Gives the account a new <see cref="Account.SecurityStamp"/>, ending all its sessions (logout); unknown names are ignored.</summary>
    void RotateSecurityStamp(string name);
}
