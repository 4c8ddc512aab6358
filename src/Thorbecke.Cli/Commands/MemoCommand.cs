using System.CommandLine;
using Thorbecke.Application.Memos;
using Thorbecke.Application.Timelines;
using Thorbecke.Cli.Terminal;
using Thorbecke.Core.Text;
using Thorbecke.Reports.Memos;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// <c>thorbecke memo</c>: a memo an adviser can send about one ask or one theme, as Word or Markdown, from the latest
/// scan with the analysts' reviews: the status now, the commitment and every document on the timeline with its quote.
/// </summary>
internal static class MemoCommand
{
    public static Command Create()
    {
        var database = DatabaseOption.Create();
        var ask = new Option<string?>("--ask") { Description = "Een memo over deze vraag (id, bijv. formatie-01).", HelpName = "vraag" };
        var theme = new Option<string?>("--theme") { Description = "Een memo over alle vragen van dit thema, met een overzicht van hun status.", HelpName = "thema" };
        var format = new Option<string?>("--format") { Description = "docx (Word) of md (Markdown). Standaard: md als --out op .md eindigt, anders docx.", HelpName = "docx|md" };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Schrijf het memo naar dit bestand.", HelpName = "memo.docx" };
        var date = new Option<string?>("--date") { Description = "De datum boven het memo (2026-05-01). Standaard: vandaag.", HelpName = "datum" };
        var command = new Command("memo", "Maak een memo over één vraag of één thema: de status nu, de toezegging en de tijdlijn met citaten en pagina's, als Word of Markdown.")
        {
            database, ask, theme, format, output, date,
        };
        command.SetAction(parse =>
        {
            var subject = new MemoSubject(parse.GetValue(ask), parse.GetValue(theme));
            if (Usage(parse.GetValue(output), parse.GetValue(format), parse.GetValue(date), subject) is { } usage)
            {
                Console.Error.WriteLine($"Fout: {usage}");
                return CommandRunner.UsageError;
            }

            using var project = ProjectWithReport.Open(parse.GetRequiredValue(database));
            if (project is null)
            {
                return CommandRunner.Failure;
            }

            var report = project.Report;
            if (subject.Problem(report.Agenda) is { } problem)
            {
                Console.Error.WriteLine($"Fout: {problem}");
                return CommandRunner.UsageError;
            }

            var file = parse.GetValue(output)!;
            var markdown = IsMarkdown(file, parse.GetValue(format));
            var made = parse.GetValue(date) is { } given ? ParseDate(given)!.Value : DateOnly.FromDateTime(DateTime.Now);
            var memo = ProjectMemos.Build(report, new DocumentMoney(project.Home.Store), subject, made);
            file.Directory?.Create();
            if (markdown)
            {
                File.WriteAllText(file.FullName, MemoMarkdownWriter.ToMarkdown(memo));
            }
            else
            {
                MemoDocxWriter.WriteFile(memo, file.FullName);
            }

            Console.WriteLine($"memo ({(markdown ? "Markdown" : "Word")}) geschreven naar {file.FullName}");
            return 0;
        });
        return command;
    }

    /// <summary>What is wrong with the command line before the project is opened; null when nothing is.</summary>
    private static string? Usage(FileInfo? output, string? format, string? date, MemoSubject subject)
    {
        if (string.IsNullOrWhiteSpace(subject.Ask) == string.IsNullOrWhiteSpace(subject.Theme))
        {
            return "geef één vraag (--ask formatie-01) of één thema (--theme \"naam\"), niet allebei.";
        }

        if (output is null)
        {
            return "geef met --out op waar het memo komt (bijv. --out memo.docx).";
        }

        if (format is not null && format.Trim().ToLowerInvariant() is not ("docx" or "md"))
        {
            return $"--format '{format}' kan niet: kies docx of md.";
        }

        return date is not null && ParseDate(date) is null ? $"--date '{date}' is geen datum; schrijf die als 2026-05-01." : null;
    }

    private static bool IsMarkdown(FileInfo output, string? format) => format is null
        ? output.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || output.Extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
        : format.Trim().Equals("md", StringComparison.OrdinalIgnoreCase);

    private static DateOnly? ParseDate(string text) =>
        IsoDate.TryRead(text, out var day) ? day : null;
}
