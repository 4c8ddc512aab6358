using System.Text.Json;
using Thorbecke.Testing;
using Thorbecke.Testing.Documents;

namespace Thorbecke.Cli.Tests;

/// <summary>Unreadable files are reported by name and reason; the others are scanned; the exit code says which happened.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_scan_the_readable_files_and_name_each_bad_one_with_exit_code_2()
    {
        var input = Directory.CreateDirectory(Path.Combine(folder.Path, "invoer")).FullName;
        File.WriteAllBytes(Path.Combine(input, "kapot.pdf"), BrokenPdfs.Corrupt());
        File.WriteAllBytes(Path.Combine(input, "versleuteld.pdf"), BrokenPdfs.Encrypted());
        File.WriteAllBytes(Path.Combine(input, "leeg.pdf"), BrokenPdfs.Empty());
        File.WriteAllBytes(Path.Combine(input, "gescand.pdf"), BrokenPdfs.ImageOnly());
        new PdfFixtureBuilder().AddPage(p => p.Heading("Wonen").Paragraph("Wij bouwen meer sociale huurwoningen en schaffen de opschalingskorting af.")).WriteTo(Path.Combine(input, "programma.pdf"));
        new DocxFixtureBuilder().Heading("Jeugd").Paragraph("Wij investeren structureel in de jeugdzorg van gemeenten.").WriteTo(Path.Combine(input, "programma.docx"));
        File.WriteAllText(Path.Combine(input, "programma.html"), SimpleDocuments.Html("Programma", ("Zorg", ["Gemeenten krijgen meer ruimte voor de Wmo en de jeugdhulp."])));
        File.WriteAllText(Path.Combine(input, "programma.txt"), "Energie\n\nWij pakken de netcongestie aan en versterken het stroomnet.\n");
        var results = Path.Combine(folder.Path, "r.json");

        var run = CliProcess.Run(folder.Path, "scan", "--db", Path.Combine(folder.Path, "t.db"), "--out", results, input);

        Assert.True(run.ExitCode == 2, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(results));
        var scanned = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("file").GetString()).Order().ToList();
        Assert.Equal(["programma.docx", "programma.html", "programma.pdf", "programma.txt"], scanned);
        Assert.Equal(4 * 76, json.RootElement.GetProperty("results").GetArrayLength());

        var errors = json.RootElement.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal(["gescand.pdf", "kapot.pdf", "leeg.pdf", "versleuteld.pdf"], errors.Keys.Order());
        Assert.Contains("beschadigd", errors["kapot.pdf"], StringComparison.Ordinal);
        Assert.Contains("wachtwoord", errors["versleuteld.pdf"], StringComparison.Ordinal);
        Assert.Contains("leeg", errors["leeg.pdf"], StringComparison.Ordinal);
        Assert.Contains("tekstlaag", errors["gescand.pdf"], StringComparison.Ordinal);
        foreach (var (file, message) in errors)
        {
            Assert.Contains($"{file}: {message}", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_report_an_unsupported_file_type()
    {
        var input = folder.Write("notulen.xlsx", "geen echte spreadsheet");
        var ok = folder.Write("ok.txt", "Wij bouwen meer woningen voor starters.\n");

        var run = CliProcess.Run(folder.Path, "scan", "--db", Path.Combine(folder.Path, "t.db"), input, ok);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("notulen.xlsx: bestandstype .xlsx wordt niet ondersteund", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_1_when_nothing_could_be_scanned()
    {
        var bad = folder.Write("kapot.pdf", BrokenPdfs.Corrupt());

        var run = CliProcess.Run(folder.Path, "scan", "--db", Path.Combine(folder.Path, "t.db"), bad, Path.Combine(folder.Path, "bestaat-niet.pdf"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("bestaat-niet.pdf: bestand of map niet gevonden", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_what_is_stored_when_a_later_scan_has_bad_files()
    {
        var database = Path.Combine(folder.Path, "t.db");
        var good = folder.Write("goed.txt", "Wij schaffen de opschalingskorting af en geven gemeenten meer geld.\n");
        Assert.Equal(0, CliProcess.Run(folder.Path, "scan", "--db", database, good).ExitCode);

        var bad = folder.Write("kapot.pdf", BrokenPdfs.Corrupt());
        Assert.Equal(2, CliProcess.Run(folder.Path, "scan", "--db", database, bad, good).ExitCode);

        var again = Path.Combine(folder.Path, "again.json");
        var run = CliProcess.Run(folder.Path, "scan", "--db", database, "--out", again, good);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("goed.txt", File.ReadAllText(again), StringComparison.Ordinal);
    }
}
