using System.CommandLine;
using Spectre.Console;
using Thorbecke.Cli.Terminal;
using Thorbecke.Finance.Files.Inputs;
using Thorbecke.Finance.Files.Workbench;

namespace Thorbecke.Cli.Commands.Money;

/// <summary><c>money inputs</c>: every figure the model reads, with its source and an uncertainty mark, so a reader can check it.</summary>
internal static class MoneyInputsCommand
{
    public static Command Create()
    {
        var inputs = new Option<string?>("--invoer") { Description = "Een CSV met eigen cijfers die de ingebouwde invoer aanvullen of vervangen.", HelpName = "invoer.csv" };
        var command = new Command("inputs", "Toon de economische invoer van het model, elk cijfer met zijn bron.") { inputs };
        command.SetAction(parse =>
        {
            InputSeries series;
            try
            {
                series = MoneyFiles.Inputs(parse.GetValue(inputs));
            }
            catch (MoneyFileException e)
            {
                Console.Error.WriteLine($"Fout in {e.Path}: {string.Join("; ", e.Problems)}");
                return e.Refused ? CommandRunner.Refused : CommandRunner.Failure;
            }

            var table = new Table().AddColumns("reeks", "jaar", "waarde", "bron");
            foreach (var (name, sourced) in series.Series.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                foreach (var (year, figure) in sourced.Figures)
                {
                    var value = InputSeries.Units[name] switch
                    {
                        SeriesUnit.Percent => MoneyTables.Percent(figure.Value),
                        SeriesUnit.Millions => $"€ {MoneyTables.Millions(figure.Value)} mln",
                        _ => figure.Value.ToString("N0", Formats.Dutch),
                    };
                    table.AddRow(Markup.Escape(name), year.ToString(Formats.Dutch), figure.Uncertain ? $"[yellow]{value} *[/]" : value, Markup.Escape(figure.Source));
                }
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("[yellow]*[/] onzeker: niet bevestigd in een primaire bron, of een aanname. Vervang met --invoer.");
            return 0;
        });
        return command;
    }
}
