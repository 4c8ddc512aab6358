using Thorbecke.Core.Accounts;

namespace Thorbecke.Storage.Tests.Contract;

public abstract partial class ScanStoreContract
{
    private static IAccountStore Accounts(object store) => Assert.IsAssignableFrom<IAccountStore>(store);

    [Fact]
    public void Should_give_an_account_a_new_security_stamp_on_every_save()
    {
        var accounts = Accounts(CreateStore());
        accounts.SaveAccount(new Account("carla", Role.Viewer, PasswordHashing.Hash("geheim-1")) { SecurityStamp = "door-de-aanroeper" });
        var first = accounts.FindAccount("carla")!.SecurityStamp;

        accounts.SaveAccount(new Account("carla", Role.Reviewer, PasswordHashing.Hash("geheim-1")));
        var second = Accounts(CreateStore()).FindAccount("carla")!.SecurityStamp;

        Assert.Matches("^[0-9A-F]{32}$", first);
        Assert.Matches("^[0-9A-F]{32}$", second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Should_rotate_only_the_named_account_stamp_and_ignore_unknown_names()
    {
        var accounts = Accounts(CreateStore());
        accounts.SaveAccount(new Account("carla", Role.Viewer, PasswordHashing.Hash("geheim-1")));
        accounts.SaveAccount(new Account("daan", Role.Viewer, PasswordHashing.Hash("geheim-2")));
        var carla = accounts.FindAccount("carla")!;
        var daan = accounts.FindAccount("daan")!;

        accounts.RotateSecurityStamp("carla");
        accounts.RotateSecurityStamp("niemand");

        var rotated = accounts.FindAccount("carla")!;
        Assert.NotEqual(carla.SecurityStamp, rotated.SecurityStamp);
        Assert.Equal(carla with { SecurityStamp = rotated.SecurityStamp }, rotated);
        Assert.Equal(daan, accounts.FindAccount("daan"));
        Assert.Null(accounts.FindAccount("niemand"));
        Assert.Equal(2, accounts.ListAccounts().Count);
    }
}
