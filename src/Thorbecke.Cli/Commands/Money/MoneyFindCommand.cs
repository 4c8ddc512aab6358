using System.CommandLine;
using Spectre.Console;
using Thorbecke.Application.Money;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.MoneyMentions;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands.Money;

/// <summary>
/// <c>money find</c>: the euro amounts the scanned documents tie to municipalities, with page and quote, and
/// optionally a draft scenario per document whose levers an analyst confirms before they count.
/// </summary>
internal static class MoneyFindCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var agenda = new Option<string>("--agenda") { Description = "De agenda waarvan de financiële vragen worden gekoppeld.", DefaultValueFactory = _ => AgendaSource.Default };
        var document = new Option<string?>("--document") { Description = "Alleen dit document (id, bestandsnaam of partij).", HelpName = "document" };
        var drafts = new Option<string?>("--concept") { Description = "Schrijf per document een conceptscenario met de gevonden bedragen als onbevestigde hefbomen.", HelpName = "map" };
        var baseline = new Option<string?>("--basis") { Description = "Laat de conceptscenario's voortbouwen op dit basisscenario (extends).", HelpName = "basis.yaml" };
        var command = new Command("find", "Vind bedragen voor gemeenten in de gescande documenten, met pagina en citaat.") { database, agenda, document, drafts, baseline };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(database);
            if (!ProjectHomes.Exists(path))
            {
                Console.Error.WriteLine($"Fout: database {path} bestaat niet; draai eerst 'thorbecke scan'.");
                return CommandRunner.Failure;
            }

            var chosenAgenda = AgendaSource.Resolve(parse.GetRequiredValue(agenda), Console.Error, out var failure);
            if (chosenAgenda is null)
            {
                return failure;
            }

            using var home = ProjectHomes.Open(path);
            var store = home.Store;
            var filter = parse.GetValue(document);
            var documents = store.ListDocuments()
                .Where(d => filter is null || d.Id == filter || d.File.Equals(filter, StringComparison.OrdinalIgnoreCase) || d.Party.Equals(filter, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (documents.Count == 0)
            {
                Console.Error.WriteLine(filter is null ? $"Fout: database {path} bevat nog geen documenten." : $"Fout: geen document '{filter}' in {path}.");
                return CommandRunner.Failure;
            }

            var finder = new MoneyMentionFinder();
            var folder = parse.GetValue(drafts);
            foreach (var info in documents)
            {
                var mentions = finder.Find(store.LoadDocument(info.Id)!, chosenAgenda);
                Write(info, mentions);
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                    var extends = parse.GetValue(baseline) is { } b ? Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(b)) : null;
                    var file = Path.Combine(folder, $"{DraftScenario.Id(info)}.yaml");
                    File.WriteAllText(file, DraftScenario.Write(info, mentions, extends));
                    AnsiConsole.MarkupLine($"Conceptscenario geschreven: [blue]{Markup.Escape(file)}[/]");
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>A list rather than a table: quotes are long and must stay readable in a narrow terminal.</summary>
    private static void Write(DocumentInfo info, IReadOnlyList<MoneyMention> mentions)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(info.Party)}[/] ({Markup.Escape(info.File)}): {Dutch.Count(mentions.Count, "bedrag", "bedragen")} voor gemeenten");
        foreach (var mention in mentions)
        {
            var details = string.Join(", ", new[] { MoneyWords.Of(mention.Recurrence), MoneyWords.Of(mention.Direction), MoneyWords.Years(mention) }.Where(d => d.Length > 0));
            var asks = mention.LinkedAskIds.Count == 0 ? "" : $" [blue]{Markup.Escape(string.Join(", ", mention.LinkedAskIds))}[/]";
            AnsiConsole.MarkupLine($"  p. {mention.Page}  [bold]{Markup.Escape(mention.Amount.ToDutchString())}[/]  {Markup.Escape(details)}  {Markup.Escape(mention.Topic)}{asks}");
            AnsiConsole.MarkupLine($"        [grey]\"{Markup.Escape(mention.Quote)}\"[/]");
        }
    }
}
