using System.CommandLine;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;
using Thorbecke.Reports.Json;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Matching;
using Thorbecke.Storage;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// <c>thorbecke train --gold DIR</c>: fit the confidence calibration on reviewed labels of scanned documents,
/// report its leave-one-document-out quality and reliability, and write the model.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Map met beoordeelde labels (één JSON-bestand per document).", Required = true, HelpName = "map" };
        var database = DatabaseOption.Create();
        var agenda = new Option<string>("--agenda", "-a") { Description = "De agenda van de labels: een ingebouwde id of een bestand.", DefaultValueFactory = _ => AgendaSource.Default, HelpName = "vng-2025|bestand" };
        var model = new Option<FileInfo>("--out", "-o") { Description = "Waar het model (JSON) komt.", DefaultValueFactory = _ => new FileInfo("calibration-model.json"), HelpName = "calibration-model.json" };
        var crossValidated = new Option<FileInfo?>("--cv-out") { Description = "Schrijf de kruisgevalideerde oordelen als resultaten-JSON (voor 'thorbecke eval').", HelpName = "cv.json" };
        var command = new Command("train", "Train de kalibratie van de zekerheid op beoordeelde labels van gescande documenten en meet die met kruisvalidatie per document.")
        {
            gold, database, agenda, model, crossValidated,
        };
        command.SetAction(parse =>
        {
            var agendaValue = AgendaSource.Resolve(parse.GetRequiredValue(agenda), Console.Error, out var failure);
            var dbPath = parse.GetRequiredValue(database);
            if (agendaValue is null || !File.Exists(dbPath))
            {
                Console.Error.WriteLine(agendaValue is null ? "" : $"Fout: database {dbPath} bestaat niet; scan eerst de gelabelde documenten.");
                return agendaValue is null ? failure : CommandRunner.Failure;
            }

            using var store = new SqliteScanStore(dbPath);
            var labelled = new List<(Core.Documents.Document, GoldLabelSet)>();
            foreach (var file in parse.GetRequiredValue(gold).GetFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var set = GoldLabelSet.Parse(File.ReadAllText(file.FullName));
                var info = store.ListDocuments().FirstOrDefault(d => string.Equals(Path.GetFileNameWithoutExtension(d.File), set.Programme, StringComparison.OrdinalIgnoreCase));
                if (info is null || store.LoadDocument(info.Id) is not { } document)
                {
                    Console.Error.WriteLine($"Fout: {file.Name}: document '{set.Programme}' staat niet in {dbPath}; scan het eerst.");
                    return CommandRunner.Failure;
                }

                labelled.Add((document, set));
            }

            var pairs = JudgeTraining.Collect(agendaValue, labelled);
            var rules = new RuleBasedJudge(new MatcherOptions());
            var documents = labelled.Select(l => l.Item1.Info).ToList();
            var report = new ScanReport(agendaValue, documents, JudgeTraining.CrossValidate(pairs, rules), []);
            Console.WriteLine($"Kruisvalidatie: de zekerheid bij elk van de {Dutch.Count(documents.Count, "document", "documenten")} komt van een kalibratie die op de andere is getraind.");
            EvaluationPrinter.Write(Evaluator.Evaluate(agendaValue, labelled.Select(l => l.Item2).ToList(), ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(report)).ToPredictions()), Console.Out);
            if (parse.GetValue(crossValidated) is { } cvFile)
            {
                ResultsJsonWriter.WriteFile(report, cvFile.FullName);
                Console.WriteLine($"kruisgevalideerde resultaten geschreven naar {cvFile.FullName}");
            }

            var modelFile = parse.GetRequiredValue(model);
            File.WriteAllText(modelFile.FullName, JudgeTraining.Fit(pairs, rules).ToJson());
            Console.WriteLine($"model (getraind op {Dutch.Count(pairs.Count, "label", "labels")}) geschreven naar {modelFile.FullName}");
            return 0;
        });
        return command;
    }
}
