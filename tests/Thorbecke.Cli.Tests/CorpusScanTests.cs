using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Thorbecke.Testing;

namespace Thorbecke.Cli.Tests;

/// <summary>The acceptance checks of a scan of the six real 2025 programmes in ../shared/corpus/tk2025.</summary>
[Collection(RealCorpus.Name)]
public sealed partial class CorpusScanTests(CorpusScanFixture scan)
{
    private static readonly Dictionary<string, int> RealPageCounts = new(StringComparer.Ordinal)
    {
        ["50plus.pdf"] = 32,
        ["bij1.pdf"] = 95,
        ["christenunie.pdf"] = 45,
        ["denk.pdf"] = 58,
        ["groenlinks-pvda.pdf"] = 169,
        ["sp.pdf"] = 60,
    };

    private JsonElement Root => scan.Results?.RootElement ?? throw new InvalidOperationException(scan.Run.ToString());

    [Fact]
    public void Should_exit_0_and_write_all_six_times_76_results()
    {
        Assert.True(scan.Run.ExitCode == 0, scan.Run.ToString());
        Assert.Equal("thorbecke", Root.GetProperty("tool").GetString());
        Assert.Equal("vng-2025", Root.GetProperty("agenda").GetProperty("id").GetString());
        Assert.Equal(76, Root.GetProperty("agenda").GetProperty("asks").GetInt32());
        Assert.Equal(6, Root.GetProperty("documents").GetArrayLength());
        Assert.Equal(0, Root.GetProperty("errors").GetArrayLength());

        var pairs = Root.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ask").GetString(), r.GetProperty("document").GetString()))
            .ToList();
        Assert.Equal(6 * 76, pairs.Count);
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Fact]
    public void Should_take_party_and_title_from_corpus_json_and_count_the_real_pages()
    {
        foreach (var document in Root.GetProperty("documents").EnumerateArray())
        {
            var file = document.GetProperty("file").GetString()!;
            Assert.Equal(RealPageCounts[file], document.GetProperty("pages").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("party").GetString()));
            Assert.Equal(64, document.GetProperty("sha256").GetString()!.Length);
        }

        var parties = Root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("party").GetString()).ToList();
        Assert.Contains("GroenLinks-PvdA", parties);
        Assert.Contains("ChristenUnie", parties);
    }

    [Fact]
    public void Should_keep_the_evidence_rules_of_the_contract()
    {
        foreach (var result in Root.GetProperty("results").EnumerateArray())
        {
            var verdict = result.GetProperty("verdict").GetString();
            var evidence = result.GetProperty("evidence").EnumerateArray().ToList();
            Assert.Contains(verdict, new[] { "support", "partial", "none", "oppose" });
            Assert.InRange(result.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.InRange(evidence.Count, verdict == "none" ? 0 : 1, 5);
            var scores = evidence.Select(e => e.GetProperty("score").GetDouble()).ToList();
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        }
    }

    [Fact]
    public void Should_quote_at_least_98_percent_verbatim_from_the_page_pdftotext_reads()
    {
        var files = Root.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("file").GetString()!);
        var pageCache = new Dictionary<(string, int), string>();
        int checkedQuotes = 0, verbatim = 0;
        foreach (var result in Root.GetProperty("results").EnumerateArray())
        {
            var file = files[result.GetProperty("document").GetString()!];
            foreach (var evidence in result.GetProperty("evidence").EnumerateArray())
            {
                var page = evidence.GetProperty("page").GetInt32();
                if (!pageCache.TryGetValue((file, page), out var text))
                {
                    pageCache[(file, page)] = text = Collapse(PdfToText(Path.Combine(RepoPaths.Corpus, file), page));
                }

                checkedQuotes++;
                verbatim += text.Contains(Collapse(evidence.GetProperty("quote").GetString()!), StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(checkedQuotes > 500, $"only {checkedQuotes} quotes");
        var share = (double)verbatim / checkedQuotes;
        Assert.True(share >= 0.98, $"{verbatim}/{checkedQuotes} = {share:P1} of quotes verbatim in pdftotext's page text");
    }

    [Fact]
    public void Should_write_a_csv_and_a_self_contained_html_report()
    {
        var csv = File.ReadAllLines(scan.CsvPath);
        Assert.Equal((6 * 76) + 1, csv.Length);

        var html = File.ReadAllText(scan.ReportPath);
        Assert.Contains("GroenLinks-PvdA", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_rebuild_the_same_results_from_the_database_with_report()
    {
        var again = Path.Combine(scan.WorkFolder, "again.json");

        var result = CliProcess.Run(scan.WorkFolder, "report", "--db", scan.Database, "--out", again);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllText(scan.ResultsPath), File.ReadAllText(again));
    }

    [Fact]
    public void Should_print_the_dev_set_measures_with_eval()
    {
        var result = CliProcess.Run(scan.WorkFolder, "eval", "--gold", Path.Combine(RepoPaths.Shared, "eval", "gold-dev"), "--results", scan.ResultsPath, "--db", scan.Database);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var measure in new[] { "nauwkeurigheid", "macro-F1", "addressed-F1", "bewijs-hit@3", "letterlijke citaten" })
        {
            Assert.Contains(measure, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("456 labels", result.Out, StringComparison.Ordinal);
        Assert.Contains("Per vraag", result.Out, StringComparison.Ordinal);
        Assert.Contains("formatie-01", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_compare_two_result_files_side_by_side()
    {
        var result = CliProcess.Run(scan.WorkFolder, "eval", "--gold", Path.Combine(RepoPaths.Shared, "eval", "gold-dev"), "--results", scan.ResultsPath, "--compare", scan.ResultsPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var comparison = result.Out[result.Out.IndexOf("Vergelijking", StringComparison.Ordinal)..];
        Assert.Contains("macro-F1", comparison, StringComparison.Ordinal);
        Assert.DoesNotContain("+0.", comparison, StringComparison.Ordinal);
        Assert.DoesNotContain("-0.", comparison, StringComparison.Ordinal);
    }

    private static string PdfToText(string pdf, int page)
    {
        // -raw: the content stream's order, column by column as our reader reads it. pdftotext's default layout mode
        // interleaves the lines of two columns, so a whole sentence over several lines is never found there.
        var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-raw", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    /// <summary>Whitespace collapsed and words hyphenated at a line break joined, as pdftotext joins them and we keep them.</summary>
    private static string Collapse(string text) =>
        HyphenatedBreak().Replace(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), string.Empty);

    [GeneratedRegex(@"(?<=\p{Ll})[-\u00AD] (?=\p{Ll})")]
    private static partial Regex HyphenatedBreak();
}
