using System.CommandLine;
using Thorbecke.Cli.Terminal;
using Thorbecke.Storage.Copying;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands.Database;

/// <summary><c>thorbecke db copy --from A --to B</c>: the whole project, originals included, into an empty database.</summary>
internal static class DbCopyCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Het project dat u kopieert: een SQLite-bestand of postgres://gebruiker:wachtwoord@server/database.", Required = true, HelpName = "bron" };
        var to = new Option<string>("--to") { Description = "Een lege database voor de kopie: een SQLite-bestand of postgres://...", Required = true, HelpName = "doel" };
        var command = new Command("copy", "Kopieer een heel project (documenten, scans, oordelen, beoordelingen, accounts, originelen) naar een lege database.") { from, to };
        command.SetAction(parse =>
        {
            var source = parse.GetRequiredValue(from);
            if (!ProjectHomes.Exists(source))
            {
                Console.Error.WriteLine($"Fout: database {source} bestaat niet.");
                return CommandRunner.Failure;
            }

            try
            {
                using var fromHome = ProjectHomes.Open(source);
                using var toHome = ProjectHomes.Open(parse.GetRequiredValue(to));
                var comparison = ProjectCopy.Copy(fromHome, toHome);
                DigestTable.Write(comparison, fromHome.Name, toHome.Name);
                Console.WriteLine(comparison.Same
                    ? $"Gekopieerd: {toHome.Name} bevat nu hetzelfde project als {fromHome.Name}."
                    : "Fout: de kopie wijkt af van het origineel (zie hierboven).");
                return comparison.Same ? 0 : CommandRunner.Failure;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine($"Fout: {e.Message}");
                return CommandRunner.Failure;
            }
        });
        return command;
    }
}
