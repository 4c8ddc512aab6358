using System.Diagnostics;
using Thorbecke.Core.Accounts;
using Thorbecke.Storage;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary><c>thorbecke accounts add</c> creates the first admin of the web app; the password is only stored hashed.</summary>
public class AccountsCommandTests
{
    private static CliResult AddWithPassword(string folder, string password, params string[] args)
    {
        var info = CliProcess.StartInfo(folder, ["accounts", "add", .. args, "--password-stdin"]);
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        process.StandardInput.WriteLine(password);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout, stderr);
    }

    [Fact]
    public void Should_create_an_admin_whose_password_verifies_and_is_not_stored()
    {
        using var folder = new TempFolder();
        var database = folder.File("t.db");

        var result = AddWithPassword(folder.Path, "een-lang-wachtwoord", "beheer", "--role", "admin", "--db", database);

        Assert.Equal(0, result.ExitCode);
        using var store = new SqliteScanStore(database);
        var account = store.FindAccount("beheer")!;
        Assert.Equal(Role.Admin, account.Role);
        Assert.True(PasswordHashing.Verify("een-lang-wachtwoord", account.PasswordHash));
        Assert.DoesNotContain("een-lang-wachtwoord", account.PasswordHash);
    }

    [Theory]
    [InlineData("kort", "admin", "minstens")]
    [InlineData("een-lang-wachtwoord", "baas", "onbekende rol")]
    public void Should_refuse_a_short_password_or_unknown_role(string password, string role, string message)
    {
        using var folder = new TempFolder();

        var result = AddWithPassword(folder.Path, password, "beheer", "--role", role, "--db", folder.File("t.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
