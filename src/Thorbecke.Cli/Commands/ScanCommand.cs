using System.CommandLine;
using Thorbecke.Application.Engine;
using Thorbecke.Application.Evaluation;
using Thorbecke.Application.Projects;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Ingest.Corpus;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands;

/// <summary><c>thorbecke scan PATH...</c>: read documents, judge every ask, store and write the results.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("pad") { Description = "Bestanden of mappen om te scannen (PDF, DOCX, HTML, TXT, Markdown). Een map mag een corpus.json met partij en titel per bestand bevatten.", Arity = ArgumentArity.OneOrMore };
        var agenda = new Option<string>("--agenda", "-a") { Description = "De agenda: een ingebouwde id (vng-2025) of een JSON/YAML-bestand.", DefaultValueFactory = _ => AgendaSource.Default, HelpName = "vng-2025|bestand" };
        var database = DatabaseOption.Create();
        var thesaurus = new Option<FileInfo?>("--thesaurus") { Description = "Extra synoniemen (tekstbestand, één reeks per regel, gescheiden door komma's) bovenop de ingebouwde beleidsthesaurus.", HelpName = "synoniemen.txt" };
        var llmEndpoint = new Option<Uri?>("--llm-endpoint") { Description = "Laat een taalmodel (OpenAI-compatibel, bijv. een lokale Ollama of vLLM) de oordelen geven. Sleutel in $THORBECKE_LLM_KEY. Standaard uit.", HelpName = "url" };
        var llmModel = new Option<string>("--llm-model") { Description = "Het model voor --llm-endpoint.", DefaultValueFactory = _ => "llama3.1", HelpName = "naam" };
        var gold = new Option<DirectoryInfo?>("--gold") { Description = "Map met beoordeelde labels: meet na de scan de kwaliteit (zoals 'thorbecke eval').", HelpName = "map" };
        var party = new Option<string[]>("--party") { Description = "De partij die het document schreef, als u één bestand scant; of per bestand: --party bestand.pdf=VVD (mag vaker). Gaat voor corpus.json en de bestandsnaam.", HelpName = "naam" };
        var kind = new Option<string[]>("--kind") { Description = $"De soort document ({DocumentKinds.Choices}) voor alle bestanden, of per bestand: --kind akkoord.pdf=akkoord (mag vaker).", HelpName = "soort" };
        var date = new Option<string[]>("--date") { Description = "De datum van het document (2026-03-12) voor alle bestanden, of per bestand: --date brief.pdf=2026-03-12 (mag vaker). Zonder datum leest Thorbecke die van de eerste pagina's.", HelpName = "datum" };
        var outputs = new OutputOptions();

        var command = new Command("scan", "Scan documenten tegen een agenda: bewijs en oordeel per vraag en per document.") { paths, agenda, database, thesaurus, llmEndpoint, llmModel, gold, party, kind, date };
        outputs.AddTo(command);
        command.SetAction(parse => Run(
            parse.GetRequiredValue(paths),
            parse.GetRequiredValue(agenda),
            parse.GetRequiredValue(database),
            parse.GetValue(thesaurus),
            parse.GetValue(llmEndpoint) is { } endpoint ? (endpoint, parse.GetRequiredValue(llmModel)) : null,
            parse.GetValue(gold),
            new DocumentOverrides.Given(parse.GetValue(party) ?? [], parse.GetValue(kind) ?? [], parse.GetValue(date) ?? []),
            report => outputs.Write(parse, report, Console.Out)));
        return command;
    }

    private static int Run(string[] paths, string agendaName, string databasePath, FileInfo? thesaurus, (Uri Endpoint, string Model)? llm, DirectoryInfo? gold, DocumentOverrides.Given given, Action<ScanReport> writeOutputs)
    {
        var agenda = AgendaSource.Resolve(agendaName, Console.Error, out var failure);
        if (agenda is null)
        {
            return failure;
        }

        if (thesaurus is { Exists: false })
        {
            Console.Error.WriteLine($"Fout: thesaurus {thesaurus.FullName} bestaat niet.");
            return CommandRunner.Failure;
        }

        var settings = new EngineSettings(
            thesaurus is null ? null : File.ReadAllText(thesaurus.FullName),
            llm is { } judge ? new LlmSettings(judge.Endpoint, judge.Model) : null);

        var (found, missing) = ScanInputs.FromPaths(paths);
        var (inputs, problems) = DocumentOverrides.Apply(found, given);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"Fout: {problem}");
            }

            return CommandRunner.UsageError;
        }

        using var home = ProjectHomes.Open(databasePath);
        var store = home.Store;
        // The project's engine, as the web app builds it for uploads; the reviews in this database teach it.
        var scan = new ProjectScan(store, home.Originals, home.LlmCache);
        var display = new ScanDisplay(inputs.Select(i => i.FileName).ToList());
        var scanned = display.Run(progress => scan.Run(agenda, inputs, settings, progress));
        var report = scanned with { Errors = [.. missing, .. scanned.Errors] };

        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine($"Fout: {error.File}: {error.Message}");
        }

        foreach (var notice in report.Notices)
        {
            Console.Error.WriteLine($"Let op: {notice.File}: {notice.Message}");
        }

        writeOutputs(report);
        SummaryTable.Write(report);
        if (gold is not null)
        {
            EvaluationPrinter.Write(QualityCheck.Evaluate(report, LabelFiles.Load(gold), store), Console.Out);
        }

        return report.ExitCode;
    }
}
