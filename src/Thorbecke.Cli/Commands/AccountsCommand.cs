using System.CommandLine;
using Spectre.Console;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Accounts;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands;

/// <summary><c>thorbecke accounts add|list</c>: the web app's accounts; the first admin is created here.</summary>
internal static class AccountsCommand
{
    private const int MinimumPasswordLength = 10;

    public static Command Create() => new("accounts", "Beheer de accounts van de webapp (viewer, reviewer, admin).")
    {
        Add(),
        List(),
    };

    private static Command Add()
    {
        var database = DatabaseOption.Create();
        var name = new Argument<string>("naam") { Description = "De inlognaam." };
        var role = new Option<string>("--role") { Description = "viewer (alleen lezen), reviewer (mag oordelen) of admin.", DefaultValueFactory = _ => "viewer" };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Lees het wachtwoord van standaardinvoer (voor scripts)." };
        var command = new Command("add", "Maak een account of zet rol en wachtwoord van een bestaand account opnieuw.") { name, database, role, fromStdin };
        command.SetAction(parse =>
        {
            if (!Enum.TryParse<Role>(parse.GetRequiredValue(role), ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
            {
                Console.Error.WriteLine($"Fout: onbekende rol '{parse.GetValue(role)}' (kies viewer, reviewer of admin).");
                return CommandRunner.Failure;
            }

            var password = parse.GetValue(fromStdin) ? Console.In.ReadLine() ?? "" : Prompt();
            if (password.Length < MinimumPasswordLength)
            {
                Console.Error.WriteLine($"Fout: het wachtwoord moet minstens {MinimumPasswordLength} tekens hebben.");
                return CommandRunner.Failure;
            }

            using var home = ProjectHomes.Open(parse.GetRequiredValue(database));
            var store = home.Store;
            var account = parse.GetRequiredValue(name).Trim();
            store.SaveAccount(new Account(account, chosen, PasswordHashing.Hash(password)));
            Console.WriteLine($"Account '{account}' ({chosen.ToString().ToLowerInvariant()}) opgeslagen in {home.Name}.");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var database = DatabaseOption.Create();
        var command = new Command("list", "Toon de accounts en hun rol.") { database };
        command.SetAction(parse =>
        {
            using var home = ProjectHomes.Open(parse.GetRequiredValue(database));
            var store = home.Store;
            var table = new Table().AddColumns("naam", "rol");
            foreach (var account in store.ListAccounts())
            {
                table.AddRow(Markup.Escape(account.Name), account.Role.ToString().ToLowerInvariant());
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static string Prompt()
    {
        var first = AnsiConsole.Prompt(new TextPrompt<string>("Wachtwoord:").Secret());
        var second = AnsiConsole.Prompt(new TextPrompt<string>("Nogmaals:").Secret());
        return first == second ? first : throw new InvalidOperationException("De wachtwoorden zijn niet gelijk.");
    }
}
