using System.Text;
using System.Text.Json;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Json;

namespace Thorbecke.Reports.Tests.Json;

public class ResultsJsonWriterTests
{
    [Fact]
    public void Should_match_the_committed_contract_file()
    {
        Golden.Verify(ResultsJsonWriter.ToJson(SampleReports.Small()), "results-small.json");
    }

    [Fact]
    public void Should_write_keys_in_contract_order()
    {
        using var json = JsonDocument.Parse(ResultsJsonWriter.ToJson(SampleReports.Small()));
        var root = json.RootElement;

        Assert.Equal(["tool", "version", "agenda", "documents", "results", "errors"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title", "asks"], root.GetProperty("agenda").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ask", "document", "verdict", "confidence", "rationale", "evidence"], root.GetProperty("results")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("thorbecke", root.GetProperty("tool").GetString());
        Assert.Equal(ScanReport.Version, root.GetProperty("version").GetString());
        Assert.Equal(3, root.GetProperty("agenda").GetProperty("asks").GetInt32());
    }

    [Fact]
    public void Should_give_every_pair_once_in_document_then_agenda_order()
    {
        var report = SampleReports.Small();
        var duplicated = report with { Results = [.. report.Results, report.Results[0] with { Verdict = Verdict.Oppose }] };

        using var json = JsonDocument.Parse(ResultsJsonWriter.ToJson(duplicated));
        var pairs = json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("document").GetString(), r.GetProperty("ask").GetString())).ToList();

        var expected = report.Documents.SelectMany(d => report.Agenda.Asks.Select(a => ((string?)d.Id, (string?)a.Id))).ToList();
        Assert.Equal(expected, pairs);
        Assert.Equal("support", json.RootElement.GetProperty("results")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void Should_fill_a_missing_pair_with_none()
    {
        var report = SampleReports.Small();
        using var json = JsonDocument.Parse(ResultsJsonWriter.ToJson(report));

        var missing = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("document").GetString() == report.Documents[1].Id && r.GetProperty("ask").GetString() == "financien-02");
        Assert.Equal("none", missing.GetProperty("verdict").GetString());
        Assert.Equal(0, missing.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void Should_round_confidence_and_score_to_three_decimals()
    {
        var text = ResultsJsonWriter.ToJson(SampleReports.Small());

        Assert.Contains("\"confidence\": 0.825", text, StringComparison.Ordinal);
        Assert.Contains("\"score\": 12.346", text, StringComparison.Ordinal);
        Assert.Contains("\"confidence\": 0.556", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_utf8_without_bom_and_keep_accents_readable()
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(SampleReports.Small(), stream);
        var bytes = stream.ToArray();

        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Bèta-Beweging", text, StringComparison.Ordinal);
        Assert.Contains("efficiënter", text, StringComparison.Ordinal);
        Assert.Contains("<krijgen>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_election_only_when_known()
    {
        using var json = JsonDocument.Parse(ResultsJsonWriter.ToJson(SampleReports.Small()));
        var documents = json.RootElement.GetProperty("documents");

        Assert.Equal("TK2025", documents[0].GetProperty("election").GetString());
        Assert.False(documents[1].TryGetProperty("election", out _));
    }

    [Fact]
    public void Should_write_the_file_a_path_names()
    {
        var path = Path.Combine(Path.GetTempPath(), $"thorbecke-{Guid.NewGuid():N}.json");
        try
        {
            ResultsJsonWriter.WriteFile(SampleReports.Small(), path);

            Assert.Equal(ResultsJsonWriter.ToJson(SampleReports.Small()), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Should_write_the_reviewed_verdict_with_its_quote_and_comment_and_keep_the_machine_verdict_in_the_review()
    {
        var report = SampleReports.SmallReviewed();
        var machine = report.Results[0];

        using var json = JsonDocument.Parse(ResultsJsonWriter.ToJson(report));

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        var cell = results.Single(r => r.GetProperty("ask").GetString() == machine.Ask && r.GetProperty("document").GetString() == machine.Document);
        Assert.Equal("oppose", cell.GetProperty("verdict").GetString());
        Assert.Equal(12, cell.GetProperty("evidence")[0].GetProperty("page").GetInt32());
        var marked = cell.GetProperty("review");
        Assert.Equal(["reviewer", "at", "version", "machineVerdict", "comment", "evidence"], marked.EnumerateObject().Select(p => p.Name));
        Assert.Equal("anna", marked.GetProperty("reviewer").GetString());
        Assert.Equal("2026-02-01T12:00:00Z", marked.GetProperty("at").GetString());
        Assert.Equal(2, marked.GetProperty("version").GetInt32());
        Assert.Equal("support", marked.GetProperty("machineVerdict").GetString());
        Assert.Equal(SampleReports.ReviewComment, marked.GetProperty("comment").GetString());
        Assert.Equal(13, marked.GetProperty("evidence")[0].GetProperty("page").GetInt32());
        Assert.Equal(SampleReports.ReviewQuote, marked.GetProperty("evidence")[0].GetProperty("quote").GetString());
        Assert.Single(results, r => r.TryGetProperty("review", out _));
    }

    [Fact]
    public void Should_match_the_committed_contract_file_with_a_review()
    {
        Golden.Verify(ResultsJsonWriter.ToJson(SampleReports.SmallReviewed()), "results-small-reviewed.json");
    }
}
