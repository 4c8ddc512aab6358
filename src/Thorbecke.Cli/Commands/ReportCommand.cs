using System.CommandLine;
using Thorbecke.Cli.Terminal;

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
            // Analysts' reviews win over the machine in every output.
            using var project = ProjectWithReport.Open(parse.GetRequiredValue(database));
            if (project is null)
            {
                return CommandRunner.Failure;
            }

            var report = project.Report;
            outputs.Write(parse, report, Console.Out);
            SummaryTable.Write(report);
            return 0;
        });
        return command;
    }
}
