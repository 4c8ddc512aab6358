using System.CommandLine;
using Thorbecke.Core.Scanning;
using Thorbecke.Reports.Csv;
using Thorbecke.Reports.Html;
using Thorbecke.Reports.Json;
using Thorbecke.Reports.Xlsx;

namespace Thorbecke.Cli.Commands;

/// <summary>The output files that both <c>scan</c> and <c>report</c> can write; each shows the reviewed verdicts.</summary>
internal sealed class OutputOptions
{
    public Option<FileInfo?> Json { get; } = new("--out", "-o") { Description = "Schrijf de resultaten als JSON naar dit bestand.", HelpName = "results.json" };

    public Option<FileInfo?> Html { get; } = new("--report", "-r") { Description = "Schrijf een HTML-rapport (matrix en citaten) naar dit bestand.", HelpName = "rapport.html" };

    public Option<FileInfo?> Csv { get; } = new("--csv") { Description = "Schrijf de resultaten als CSV (één regel per vraag en document).", HelpName = "resultaten.csv" };

    public Option<FileInfo?> DutchCsv { get; } = new("--csv-nl") { Description = "Schrijf de resultaten als CSV voor Excel met Nederlandse instellingen: puntkomma's tussen de velden en een decimale komma.", HelpName = "resultaten.csv" };

    public Option<FileInfo?> Xlsx { get; } = new("--xlsx") { Description = "Schrijf de resultaten als Excel-werkmap (een rij per cel en een matrixblad).", HelpName = "resultaten.xlsx" };

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Html);
        command.Options.Add(Csv);
        command.Options.Add(DutchCsv);
        command.Options.Add(Xlsx);
    }

    /// <summary>Writes every output the user asked for and says where it went.</summary>
    public void Write(ParseResult parse, ScanReport report, TextWriter log)
    {
        Emit(parse.GetValue(Json), "resultaten (JSON)", path => ResultsJsonWriter.WriteFile(report, path), log);
        Emit(parse.GetValue(Csv), "resultaten (CSV)", path => ResultsCsvWriter.WriteFile(report, path, CsvDialect.Standard), log);
        Emit(parse.GetValue(DutchCsv), "resultaten (CSV voor Nederlandse Excel)", path => ResultsCsvWriter.WriteFile(report, path, CsvDialect.DutchExcel), log);
        Emit(parse.GetValue(Xlsx), "resultaten (Excel)", path => ResultsXlsxWriter.WriteFile(report, path), log);
        Emit(parse.GetValue(Html), "rapport (HTML)", path => HtmlReportWriter.WriteFile(report, path), log);
    }

    private static void Emit(FileInfo? file, string what, Action<string> write, TextWriter log)
    {
        if (file is null)
        {
            return;
        }

        file.Directory?.Create();
        write(file.FullName);
        log.WriteLine($"{what} geschreven naar {file.FullName}");
    }
}
