using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;
using Thorbecke.Storage;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>An analyst's review wins in every file <c>report</c> and <c>scan</c> write: HTML, CSV (both dialects), XLSX and JSON.</summary>
public sealed class ReviewedOutputsTests : IDisposable
{
    private const string Quote = "Wij schaffen de opschalingskorting af";
    private const string Comment = "Gecontroleerd tegen de gedrukte versie";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_show_the_reviewed_verdict_its_quote_and_comment_in_every_output_of_report()
    {
        var (database, review, machine) = ScanAndReview();

        var run = CliProcess.Run(folder.Path, "report", "--db", database, "--out", "r.json", "--report", "r.html", "--csv", "r.csv", "--csv-nl", "nl.csv", "--xlsx", "r.xlsx");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 cel is beoordeeld door een analist", run.Out, StringComparison.Ordinal);
        AssertJson(folder.File("r.json"), review, machine);

        var html = File.ReadAllText(folder.File("r.html"));
        Assert.Contains($"<td class=\"cell v-{review.Verdict.ToWire()} reviewed\">", html, StringComparison.Ordinal);
        Assert.Contains($"✎ beoordeeld door anna op 1 februari 2026 · machine: {machine.ToDutch()}", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"comment\">Opmerking: {Comment}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<blockquote class=\"quote\"><p>{Quote}</p>", html, StringComparison.Ordinal);

        var csv = Row(File.ReadAllText(folder.File("r.csv"), Encoding.UTF8));
        Assert.Contains($",{review.Verdict.ToWire()},{review.Verdict.ToDutch()},ja,{machine.ToWire()},", csv, StringComparison.Ordinal);
        Assert.Contains($",1,p. 1: {Quote},", csv, StringComparison.Ordinal);
        Assert.EndsWith($",anna,2026-02-01 12:00,{Comment}", csv, StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(folder.File("nl.csv"));
        var dutch = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("partij;bestand;ask;", dutch, StringComparison.Ordinal);
        Assert.Matches($";{review.Verdict.ToWire()};{review.Verdict.ToDutch()};ja;{machine.ToWire()};(0,[0-9]+|1|0);1;p. 1: {Quote};", Row(dutch));

        var sheet = Sheet(folder.File("r.xlsx"));
        Assert.Contains(Comment, sheet, StringComparison.Ordinal);
        Assert.Contains($"p. 1: {Quote}", sheet, StringComparison.Ordinal);
        Assert.Contains("anna", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_review_in_the_outputs_of_a_later_scan()
    {
        var (database, review, machine) = ScanAndReview();

        var run = CliProcess.Run(folder.Path, "scan", "--db", database, "--out", "s.json", "--report", "s.html", folder.File("programma.txt"));

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertJson(folder.File("s.json"), review, machine);
        Assert.Contains($"<p class=\"comment\">Opmerking: {Comment}</p>", File.ReadAllText(folder.File("s.html")), StringComparison.Ordinal);
    }

    /// <summary>Scans one text file and saves a review that overrides the machine on its first ask, with a quote and a comment.</summary>
    private (string Database, Review Review, Verdict Machine) ScanAndReview()
    {
        var database = folder.File("t.db");
        var input = folder.Write("programma.txt", $"Financiën\n\n{Quote} en geven gemeenten een eigen belastinggebied.\n");
        var scan = CliProcess.Run(folder.Path, "scan", "--db", database, "--out", "scan.json", input);
        Assert.True(scan.ExitCode == 0, scan.ToString());

        using var json = JsonDocument.Parse(File.ReadAllText(folder.File("scan.json")));
        var first = json.RootElement.GetProperty("results")[0];
        var machine = VerdictNames.Parse(first.GetProperty("verdict").GetString()!);
        var verdict = machine == Verdict.Oppose ? Verdict.Support : Verdict.Oppose;
        using var store = new SqliteScanStore(database);
        var review = store.SaveReview(
            new ReviewRequest(first.GetProperty("ask").GetString()!, first.GetProperty("document").GetString()!, verdict, false, [new ReviewEvidence(1, Quote)], Comment, "anna", 0),
            new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero));
        return (database, review, machine);
    }

    private static void AssertJson(string path, Review review, Verdict machine)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var cell = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ask").GetString() == review.Ask && r.GetProperty("document").GetString() == review.Document);
        Assert.Equal(review.Verdict.ToWire(), cell.GetProperty("verdict").GetString());
        var marked = cell.GetProperty("review");
        Assert.Equal(machine.ToWire(), marked.GetProperty("machineVerdict").GetString());
        Assert.Equal(Comment, marked.GetProperty("comment").GetString());
        Assert.Equal(Quote, marked.GetProperty("evidence")[0].GetProperty("quote").GetString());
    }

    /// <summary>The one CSV line of the reviewed cell: the only one with a reviewer.</summary>
    private static string Row(string csv) => csv.Split("\r\n").Single(line => line.Contains("anna", StringComparison.Ordinal));

    private static string Sheet(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
