namespace Thorbecke.Core.Accounts;

/// <summary>Where accounts live.</summary>
public interface IAccountStore
{
    Account? FindAccount(string name);

    IReadOnlyList<Account> ListAccounts();

    /// <summary>Adds an account or replaces the role and password of an existing one.</summary>
    void SaveAccount(Account account);
}
