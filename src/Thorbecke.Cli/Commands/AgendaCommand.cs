using System.CommandLine;
using Spectre.Console;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Text;

namespace Thorbecke.Cli.Commands;

/// <summary><c>thorbecke agenda list|show|validate</c>: look at and check agendas.</summary>
internal static class AgendaCommand
{
    public static Command Create()
    {
        var command = new Command("agenda", "Bekijk en controleer agenda's (lijsten met vragen).")
        {
            List(),
            Show(),
            Validate(),
        };
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Toon de ingebouwde agenda's.");
        command.SetAction(_ =>
        {
            var table = new Table().AddColumns("id", "titel", "vragen", "thema's");
            foreach (var id in BuiltInAgendas.Ids)
            {
                var agenda = BuiltInAgendas.Find(id)!;
                table.AddRow(Markup.Escape(agenda.Id), Markup.Escape(agenda.Title), agenda.Asks.Count.ToString(Formats.Dutch), agenda.Themes.Count.ToString(Formats.Dutch));
            }

            AnsiConsole.Write(table);
            Console.WriteLine("Een eigen agenda is een JSON- of YAML-bestand; controleer het met 'thorbecke agenda validate BESTAND'.");
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var name = new Argument<string>("agenda") { Description = "Een ingebouwde id (vng-2025) of een JSON/YAML-bestand." };
        var command = new Command("show", "Toon de vragen van een agenda, per thema.") { name };
        command.SetAction(parse =>
        {
            var agenda = AgendaSource.Resolve(parse.GetRequiredValue(name), Console.Error, out var failure);
            if (agenda is null)
            {
                return failure;
            }

            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(agenda.Title)}[/] ({Markup.Escape(agenda.Id)}, {Dutch.Count(agenda.Asks.Count, "vraag", "vragen")})");
            foreach (var theme in agenda.Themes)
            {
                AnsiConsole.WriteLine();
                AnsiConsole.MarkupLine($"[underline]{Markup.Escape(theme)}[/]");
                foreach (var ask in agenda.Asks.Where(a => a.Theme == theme))
                {
                    AnsiConsole.MarkupLine($"  [blue]{Markup.Escape(ask.Id)}[/]  {Markup.Escape(ask.Text)}");
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Validate()
    {
        var file = new Argument<FileInfo>("bestand") { Description = "Het agendabestand (JSON of YAML)." };
        var command = new Command("validate", "Controleer een agendabestand en meld elk probleem met regel en kolom.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                Console.Error.WriteLine($"Fout: {path.FullName} bestaat niet.");
                return CommandRunner.Failure;
            }

            var result = AgendaSource.Read(path.FullName);
            foreach (var problem in result.Problems)
            {
                Console.Error.WriteLine($"{path.Name}:{problem.Line}:{problem.Column}: {problem.Message}");
            }

            if (result.Agenda is not { } agenda)
            {
                Console.Error.WriteLine($"{path.Name}: {Dutch.Count(result.Problems.Count, "probleem", "problemen")} gevonden.");
                return result.Refused ? CommandRunner.Refused : CommandRunner.Failure;
            }

            Console.WriteLine($"{path.Name}: geldig, agenda '{agenda.Id}' met {Dutch.Count(agenda.Asks.Count, "vraag", "vragen")} in {Dutch.Count(agenda.Themes.Count, "thema", "thema's")}.");
            return 0;
        });
        return command;
    }
}
