using System.CommandLine;
using Thorbecke.Cli.Terminal;
using Thorbecke.Storage.Copying;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands.Database;

/// <summary><c>thorbecke db check --db A [--against B]</c>: what a project holds, and whether another holds the same.</summary>
internal static class DbCheckCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var against = new Option<string?>("--against") { Description = "Een tweede project (bijvoorbeeld een kopie): controleer dat het precies hetzelfde bevat.", HelpName = "database" };
        var command = new Command("check", "Tel per tabel de rijen en hun inhoud; met --against: controleer dat twee projecten hetzelfde bevatten.") { database, against };
        command.SetAction(parse =>
        {
            var first = parse.GetRequiredValue(database);
            var second = parse.GetValue(against);
            if (new[] { first, second }.FirstOrDefault(d => d is not null && !ProjectHomes.Exists(d)) is { } missing)
            {
                Console.Error.WriteLine($"Fout: database {missing} bestaat niet.");
                return CommandRunner.Failure;
            }

            using var home = ProjectHomes.Open(first);
            using var other = second is null ? null : ProjectHomes.Open(second);
            var comparison = ProjectComparison.Of(home, other);
            DigestTable.Write(comparison, home.Name, other?.Name);
            if (other is not null)
            {
                Console.WriteLine(comparison.Same ? "Beide projecten bevatten precies hetzelfde." : "Fout: de projecten verschillen (zie hierboven).");
            }

            return comparison.Same ? 0 : CommandRunner.Failure;
        });
        return command;
    }
}
