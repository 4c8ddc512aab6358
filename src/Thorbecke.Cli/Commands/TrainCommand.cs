using System.CommandLine;
using System.Globalization;
using Thorbecke.Application.Evaluation;
using Thorbecke.Application.Training;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Text;
using Thorbecke.Reports.Json;
using Thorbecke.Search.Learning;
using Thorbecke.Storage.Postgres.Homes;

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
            if (agendaValue is null || !ProjectHomes.Exists(dbPath))
            {
                Console.Error.WriteLine(agendaValue is null ? "" : $"Fout: database {dbPath} bestaat niet; scan eerst de gelabelde documenten.");
                return agendaValue is null ? failure : CommandRunner.Failure;
            }

            using var home = ProjectHomes.Open(dbPath);
            var store = home.Store;
            TrainingOutcome outcome;
            try
            {
                outcome = LabelTraining.Train(agendaValue, LabelFiles.Load(parse.GetRequiredValue(gold)), store, parse.GetValue(curve));
            }
            catch (Exception e) when (e is LabelledDocumentMissingException or GoldLabelFormatException or IOException)
            {
                Console.Error.WriteLine($"Fout: {e.Message}.");
                return CommandRunner.Failure;
            }

            var documents = outcome.CrossValidated.Documents.Count;
            Console.WriteLine($"Kruisvalidatie: elk van de {Dutch.Count(documents, "document", "documenten")} is beoordeeld door een model dat alleen van de andere heeft geleerd.");
            EvaluationPrinter.Write(outcome.Quality, Console.Out);
            if (outcome.Curve is { } points)
            {
                WriteCurve(points);
            }

            if (parse.GetValue(crossValidated) is { } cvFile)
            {
                ResultsJsonWriter.WriteFile(outcome.CrossValidated, cvFile.FullName);
                Console.WriteLine($"kruisgevalideerde resultaten geschreven naar {cvFile.FullName}");
            }

            var modelFile = parse.GetRequiredValue(model);
            File.WriteAllText(modelFile.FullName, outcome.Model.ToJson());
            Console.WriteLine($"model (geleerd van {Dutch.Count(outcome.Cases, "beoordeling", "beoordelingen")}) geschreven naar {modelFile.FullName}");
            if (parse.GetValue(calibration) is { } calibrationFile)
            {
                File.WriteAllText(calibrationFile.FullName, outcome.Calibration());
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
