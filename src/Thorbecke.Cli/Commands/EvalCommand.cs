using System.CommandLine;
using Thorbecke.Application.Evaluation;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Evaluation;
using Thorbecke.Reports.Json;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands;

/// <summary><c>thorbecke eval --gold DIR --results r.json</c>: measure results against reviewed labels.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Map met beoordeelde labels (één JSON-bestand per document, zie docs/evaluation.md).", Required = true, HelpName = "map" };
        var results = new Option<FileInfo>("--results") { Description = "Het resultatenbestand (JSON) van een scan.", Required = true, HelpName = "results.json" };
        var database = DatabaseOption.Create();
        var agenda = new Option<string>("--agenda", "-a") { Description = "De agenda van de labels: een ingebouwde id of een bestand.", DefaultValueFactory = _ => AgendaSource.Default, HelpName = "vng-2025|bestand" };
        var baseline = new Option<FileInfo?>("--compare") { Description = "Een eerder resultatenbestand: toon voor en na naast elkaar.", HelpName = "voor.json" };
        var command = new Command("eval", "Meet de kwaliteit van resultaten tegen beoordeelde labels: nauwkeurigheid, macro-F1, addressed-F1, bewijs-hit@3 en letterlijke citaten.")
        {
            gold, results, database, agenda, baseline,
        };
        command.SetAction(parse =>
        {
            var agendaValue = AgendaSource.Resolve(parse.GetRequiredValue(agenda), Console.Error, out var failure);
            if (agendaValue is null)
            {
                return failure;
            }

            try
            {
                var file = ResultsJsonReader.ReadFile(parse.GetRequiredValue(results).FullName);
                var dbPath = parse.GetRequiredValue(database);
                using var home = ProjectHomes.Exists(dbPath) ? ProjectHomes.Open(dbPath) : null;
                var store = home?.Store;
                var labels = LabelFiles.Load(parse.GetRequiredValue(gold));
                var after = QualityCheck.Evaluate(file.ToReport(agendaValue), labels, store);
                EvaluationPrinter.Write(after, Console.Out);
                if (parse.GetValue(baseline) is { } before)
                {
                    Console.WriteLine();
                    var earlier = QualityCheck.Evaluate(ResultsJsonReader.ReadFile(before.FullName).ToReport(agendaValue), labels, null);
                    EvaluationPrinter.WriteComparison(earlier, after, Console.Out);
                }

                if (store is null)
                {
                    Console.WriteLine($"(Letterlijke citaten niet gecontroleerd: database {dbPath} niet gevonden; geef --db.)");
                }

                return 0;
            }
            catch (Exception e) when (e is ResultsFormatException or GoldLabelFormatException or IOException)
            {
                Console.Error.WriteLine($"Fout: {e.Message}");
                return CommandRunner.Failure;
            }
        });
        return command;
    }
}
