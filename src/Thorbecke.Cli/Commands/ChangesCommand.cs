using System.CommandLine;
using Thorbecke.Application.Timelines;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Text;
using Thorbecke.Reports;
using Thorbecke.Reports.Changes;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// <c>thorbecke changes --since 2026-03-01</c>: the asks whose status or commitment moved since a day, with the
/// documents that moved them, in the terminal or as JSON for a newsletter or an alert.
/// </summary>
internal static class ChangesCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var since = new Option<string>("--since") { Description = "De eerste dag die als nieuw telt, als 2026-03-01. Documenten tellen met hun eigen datum.", HelpName = "datum", Required = true };
        var json = new Option<string?>("--json") { Description = "Schrijf de wijzigingen als JSON naar dit bestand, of naar de terminal met '-'.", HelpName = "bestand.json|-" };
        var command = new Command("changes", "Toon welke vragen sinds een datum een andere status kregen, en door welke documenten.") { database, since, json };
        command.SetAction(parse =>
        {
            var typed = parse.GetRequiredValue(since).Trim();
            if (!IsoDate.TryRead(typed, out var day))
            {
                Console.Error.WriteLine($"Fout: --since '{typed}' is geen datum; schrijf een datum als 2026-03-01.");
                return CommandRunner.UsageError;
            }

            using var project = ProjectWithReport.Open(parse.GetRequiredValue(database));
            if (project is null)
            {
                return CommandRunner.Failure;
            }

            var report = project.Report;
            var changes = ProjectTimelines.Changes(report, day);
            var labels = new DocumentLabels(report.Documents);
            switch (parse.GetValue(json))
            {
                case "-":
                    Console.Out.WriteLine(ChangesJson.From(changes, labels).Write());
                    break;
                case { } file:
                    File.WriteAllText(file, ChangesJson.From(changes, labels).Write() + "\n");
                    ChangesText.Write(Console.Out, changes, labels);
                    Console.Out.WriteLine($"JSON geschreven: {file}");
                    break;
                default:
                    ChangesText.Write(Console.Out, changes, labels);
                    break;
            }

            return 0;
        });
        return command;
    }
}
