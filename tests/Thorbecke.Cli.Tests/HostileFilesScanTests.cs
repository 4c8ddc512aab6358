using System.Diagnostics;
using System.Text.Json;
using Thorbecke.Testing;
using Thorbecke.Testing.Documents;
using Thorbecke.Testing.Hostile;
using Xunit.Abstractions;

namespace Thorbecke.Cli.Tests;

/// <summary>
/// A folder of files made to break readers, beside good programmes: every bad file is named with a Dutch reason, the
/// good ones are stored and judged, and the scan stays within a gigabyte of memory.
/// </summary>
public sealed class HostileFilesScanTests(ITestOutputHelper output) : IDisposable
{
    private const long Gigabyte = 1L << 30;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_refuse_every_hostile_file_store_the_good_ones_and_stay_under_a_gigabyte()
    {
        var input = Directory.CreateDirectory(Path.Combine(folder.Path, "invoer")).FullName;
        foreach (var file in HostileFiles.All())
        {
            File.WriteAllBytes(Path.Combine(input, file.Name), file.Content);
        }

        new PdfFixtureBuilder().AddPage(p => p.Heading("Wonen").Paragraph("Wij schaffen de opschalingskorting af en bouwen meer sociale huurwoningen.")).WriteTo(Path.Combine(input, "goed.pdf"));
        new DocxFixtureBuilder().Heading("Jeugd").Paragraph("Wij investeren structureel in de jeugdzorg van gemeenten.").WriteTo(Path.Combine(input, "goed.docx"));
        var results = Path.Combine(folder.Path, "r.json");

        var clock = Stopwatch.StartNew();
        var (run, peak) = RunMeasuringMemory(folder.Path, "scan", "--db", Path.Combine(folder.Path, "t.db"), "--out", results, input);
        output.WriteLine($"scan of {HostileFiles.All().Count} hostile and 2 good files: {clock.Elapsed.TotalSeconds:0.0} s, peak memory {peak >> 20} MiB");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.True(peak < Gigabyte, $"peak memory {peak / (1 << 20)} MiB\n{run}");
        using var json = JsonDocument.Parse(File.ReadAllText(results));
        var stored = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("file").GetString()).Order().ToList();
        Assert.Equal(["goed.docx", "goed.pdf"], stored);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal(HostileFiles.All().Select(f => f.Name).Order(), errors.Keys.Order());
        Assert.All(errors.Values, message => Assert.Contains("het bestand", message, StringComparison.Ordinal));
        Assert.DoesNotContain(errors.Values, message => message.Contains("seconden", StringComparison.Ordinal));
    }

    /// <summary>Runs the program and samples its resident memory high-water mark until it exits.</summary>
    private static (CliResult Run, long PeakBytes) RunMeasuringMemory(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(CliProcess.StartInfo(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var deadline = Stopwatch.StartNew();
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, ProcessMemory.HighWaterMark(process.Id));
            if (deadline.Elapsed > TimeSpan.FromMinutes(5))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the scan of hostile files did not finish within 5 minutes");
            }
        }

        return (new CliResult(process.ExitCode, stdout.Result, stderr.Result), peak);
    }
}
