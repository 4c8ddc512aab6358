using System.CommandLine;
using System.Globalization;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;
using Thorbecke.Reports.Json;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Learning;
using Thorbecke.Search.Matching;
using Thorbecke.Storage;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// <c>thorbecke train --gold DIR</c>: learn the judge and the evidence ranker from reviewed labels of scanned documents,
/// report their leave-one-document-out quality, and write the learned model (and the zero-shot calibration).
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Map met beoordeelde labels (één JSON-bestand per document).", Required = true, HelpName = "map" };
        var database = DatabaseOption.Create();
        var agenda = new Option<string>("--agenda", "-a") { Description = "De agenda van de labels: een ingebouwde id of een bestand.", DefaultValueFactory = _ => AgendaSource.Default, HelpName = "vng-2025|bestand" };
        var model = new Option<FileInfo>("--out", "-o") { Description = "Waar het geleerde model (JSON) komt.", DefaultValueFactory = _ => new FileInfo("learned-model.json"), HelpName = "learned-model.json" };
        var calibration = new Option<FileInfo?>("--calibration-out") { Description = "Schrijf ook de kalibratie van de regels (voor vragen zonder voorbeelden).", HelpName = "calibration-model.json" };
        var crossValidated = new Option<FileInfo?>("--cv-out") { Description = "Schrijf de kruisgevalideerde oordelen als resultaten-JSON (voor 'thorbecke eval').", HelpName = "cv.json" };
        var curve = new Option<bool>("--curve") { Description = "Meet ook de leercurve: leer van 0, 1, ... van de andere documenten (duurt enkele minuten)." };
        var command = new Command("train", "Leer oordelen en bewijsvolgorde van beoordeelde labels van gescande documenten en meet dat met kruisvalidatie per document.")
        {
            gold, database, agenda, model, calibration, crossValidated, curve,
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
            var labelled = new List<(Document Document, GoldLabelSet Gold)>();
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

            var options = new MatcherOptions();
            var documents = labelled.Select(l => l.Document.Info).ToList();
            var (cases, examples) = ModelTraining.Collect(agendaValue, labelled, options);
            var report = new ScanReport(agendaValue, documents, ModelTraining.CrossValidate(cases, examples, options), []);
            Console.WriteLine($"Kruisvalidatie: elk van de {Dutch.Count(documents.Count, "document", "documenten")} is beoordeeld door een model dat alleen van de andere heeft geleerd.");
            EvaluationPrinter.Write(EvalCommand.Evaluate(parse.GetRequiredValue(gold), report, store), Console.Out);
            if (parse.GetValue(curve))
            {
                WriteCurve(LearningCurve.Measure(agendaValue, cases, examples, labelled.Select(l => l.Gold).ToList(), options));
            }

            if (parse.GetValue(crossValidated) is { } cvFile)
            {
                ResultsJsonWriter.WriteFile(report, cvFile.FullName);
                Console.WriteLine($"kruisgevalideerde resultaten geschreven naar {cvFile.FullName}");
            }

            var modelFile = parse.GetRequiredValue(model);
            File.WriteAllText(modelFile.FullName, ModelTraining.Fit(cases, examples, _ => true, options)!.ToJson());
            Console.WriteLine($"model (geleerd van {Dutch.Count(cases.Count, "beoordeling", "beoordelingen")}) geschreven naar {modelFile.FullName}");
            if (parse.GetValue(calibration) is { } calibrationFile)
            {
                var rules = new RuleBasedJudge(options);
                File.WriteAllText(calibrationFile.FullName, JudgeTraining.Fit(JudgeTraining.Collect(agendaValue, labelled, options), rules).ToJson());
                Console.WriteLine($"kalibratie van de regels geschreven naar {calibrationFile.FullName}");
            }

            return 0;
        });
        return command;
    }

    private static void WriteCurve(IReadOnlyList<LearningCurvePoint> points)
    {
        Console.WriteLine();
        Console.WriteLine("Leercurve (geleerd van k andere documenten; gemiddelde over keuzes)");
        Console.WriteLine("  k  keuzes  nauwkeurigheid  macro-F1  oppose-F1  addressed-F1  hit@3");
        foreach (var p in points)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {p.Programmes}  {p.Runs,6}  {p.Accuracy,14:0.000}  {p.MacroF1,8:0.000}  {p.OpposeF1,9:0.000}  {p.AddressedF1,12:0.000}  {p.EvidenceHitAt3,5:0.000}"));
        }
    }
}
