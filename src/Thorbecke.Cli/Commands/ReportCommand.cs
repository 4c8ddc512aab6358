using System.CommandLine;
using Thorbecke.Application.Projects;
using Thorbecke.Cli.Terminal;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands;

/// <summary><c>thorbecke report</c>: write the outputs of the latest scan again from the database, without re-scanning.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var outputs = new OutputOptions();
        var command = new Command("report", "Maak de uitvoer (JSON, CSV, Excel, HTML) opnieuw uit de laatste scan in de database, met de beoordelingen van analisten.") { database };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(database);
            if (!ProjectHomes.Exists(path))
            {
                Console.Error.WriteLine($"Fout: database {path} bestaat niet; draai eerst 'thorbecke scan'.");
                return CommandRunner.Failure;
            }

            using var home = ProjectHomes.Open(path);
            var store = home.Store;
            // Analysts' reviews win over the machine in every output.
            var report = LatestReport.Load(store);
            if (report is null)
            {
                Console.Error.WriteLine($"Fout: database {path} bevat nog geen afgeronde scan.");
                return CommandRunner.Failure;
            }

            outputs.Write(parse, report, Console.Out);
            SummaryTable.Write(report);
            return 0;
        });
        return command;
    }
}
