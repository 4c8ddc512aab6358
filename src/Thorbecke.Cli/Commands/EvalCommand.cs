using System.CommandLine;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Scanning;
using Thorbecke.Reports.Json;
using Thorbecke.Storage;

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
                using var store = File.Exists(dbPath) ? new SqliteScanStore(dbPath) : null;
                var after = Evaluate(agendaValue, parse.GetRequiredValue(gold), file, store);
                EvaluationPrinter.Write(after, Console.Out);
                if (parse.GetValue(baseline) is { } before)
                {
                    Console.WriteLine();
                    var earlier = Evaluate(agendaValue, parse.GetRequiredValue(gold), ResultsJsonReader.ReadFile(before.FullName), null);
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

    /// <summary>Evaluates a fresh scan exactly as its results file would be evaluated (same rounding).</summary>
    public static EvaluationReport Evaluate(DirectoryInfo gold, ScanReport report, SqliteScanStore store) =>
        Evaluate(report.Agenda, gold, ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(report)), store);

    private static EvaluationReport Evaluate(Agenda agenda, DirectoryInfo gold, ResultsFile results, SqliteScanStore? store)
    {
        if (!gold.Exists)
        {
            throw new IOException($"labelmap {gold.FullName} bestaat niet");
        }

        var labels = gold.GetFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => ParseLabels(f))
            .ToList();
        var pageText = store is null ? null : PageTextLookup(results, store);
        return Evaluator.Evaluate(agenda, labels, results.ToPredictions(), pageText);
    }

    private static GoldLabelSet ParseLabels(FileInfo file)
    {
        try
        {
            return GoldLabelSet.Parse(File.ReadAllText(file.FullName));
        }
        catch (GoldLabelFormatException e)
        {
            throw new GoldLabelFormatException($"{file.Name}: {e.Message}", e);
        }
    }

    /// <summary>Page text from the database, so quotes are checked against the text they were taken from.</summary>
    private static Func<string, int, string?> PageTextLookup(ResultsFile results, SqliteScanStore store)
    {
        var idsByStem = results.Documents.GroupBy(d => Path.GetFileNameWithoutExtension(d.File), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var pages = new Dictionary<string, Dictionary<int, string>?>(StringComparer.OrdinalIgnoreCase);
        return (stem, page) =>
        {
            if (!pages.TryGetValue(stem, out var byNumber))
            {
                var document = idsByStem.TryGetValue(stem, out var id) ? store.LoadDocument(id) : null;
                pages[stem] = byNumber = document?.Pages.ToDictionary(p => p.Number, p => p.Text);
            }

            return byNumber is not null && byNumber.TryGetValue(page, out var text) ? text : null;
        };
    }
}
