using Thorbecke.Core.Agendas;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Json;

namespace Thorbecke.Reports.Tests.Json;

public class ResultsJsonReaderTests
{
    [Fact]
    public void Should_read_back_what_the_writer_wrote()
    {
        var report = SampleReports.Small();

        var file = ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(report));

        Assert.Equal("thorbecke", file.Tool);
        Assert.Equal(new ResultsAgenda("test-agenda", "Testagenda voor gemeenten", 3), file.Agenda);
        Assert.Equal(report.Documents, file.Documents);
        Assert.Equal(report.Errors, file.Errors);
        Assert.Equal(6, file.Results.Count);
        var zorg = file.Results.Single(r => r.Ask == "zorg-01" && r.Document == report.Documents[0].Id);
        Assert.Equal(Verdict.Partial, zorg.Verdict);
        Assert.Equal(0.556, zorg.Confidence);
        Assert.Equal("Preventie wel, maar niet samen met gemeenten.", zorg.Rationale);
        Assert.Equal([new Evidence(40, "Preventie, zorg en welzijn: \"voorkomen\" is beter.", 7.1), new Evidence(41, "Gemeenten <krijgen> meer ruimte.", 3)], zorg.Evidence);
    }

    [Fact]
    public void Should_give_the_same_json_after_a_round_trip_through_a_report()
    {
        var report = SampleReports.Small();
        var first = ResultsJsonWriter.ToJson(report);

        var second = ResultsJsonWriter.ToJson(ResultsJsonReader.Parse(first).ToReport(report.Agenda));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_read_a_review_back_apart_from_the_machine_result()
    {
        var report = SampleReports.SmallReviewed();

        var file = ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(report));

        var expected = report.Reviews.Single();
        var review = Assert.Single(file.Reviews);
        Assert.Equal(expected with { Evidence = [] }, review with { Evidence = [] });
        Assert.Equal(expected.Evidence, review.Evidence);
        Assert.Equal(Verdict.Support, file.Results[0].Verdict);
        Assert.Equal(Verdict.Support, file.ToPredictions()[0].Verdict);
        Assert.Equal(ResultsJsonWriter.ToJson(report), ResultsJsonWriter.ToJson(file.ToReport(report.Agenda)));
    }

    [Fact]
    public void Should_read_a_file_from_before_reviews_without_any()
    {
        var file = ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(SampleReports.Small()));

        Assert.Empty(file.Reviews);
    }

    [Fact]
    public void Should_name_the_field_of_a_broken_review()
    {
        var json = ResultsJsonWriter.ToJson(SampleReports.SmallReviewed()).Replace("\"machineVerdict\": \"support\"", "\"machineVerdict\": \"misschien\"", StringComparison.Ordinal);

        var error = Assert.Throws<ResultsFormatException>(() => ResultsJsonReader.Parse(json));

        Assert.Contains("results[0].review.machineVerdict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_report_for_another_agenda()
    {
        var file = ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(SampleReports.Small()));

        var error = Assert.Throws<ResultsFormatException>(() => file.ToReport(new Agenda("vng-2025", "VNG", [])));

        Assert.Contains("test-agenda", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"tool\": \"thorbecke\",", "geen geldige JSON (regel 1")]
    [InlineData("[1, 2]", "het bestand: moet een object zijn")]
    [InlineData("{\"tool\": \"iets-anders\"}", "tool: dit is geen Thorbecke-resultatenbestand")]
    [InlineData("{\"tool\": \"thorbecke\"}", "agenda: het veld ontbreekt")]
    [InlineData("{\"tool\": \"thorbecke\", \"agenda\": {\"id\": \"a\", \"asks\": 1}}", "documents: het veld ontbreekt")]
    [InlineData("{\"tool\": \"thorbecke\", \"agenda\": {\"id\": \"a\", \"asks\": \"twee\"}}", "agenda.asks: moet een geheel getal zijn, maar is de tekst \"twee\"")]
    public void Should_name_what_is_wrong_with_a_malformed_file(string json, string expected)
    {
        var error = Assert.Throws<ResultsFormatException>(() => ResultsJsonReader.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"verdict\": \"support\"", "\"verdict\": \"misschien\"", "results[0].verdict: onbekend oordeel 'misschien'")]
    [InlineData("\"confidence\": 0.825", "\"confidence\": 1.5", "results[0].confidence: moet tussen 0 en 1 liggen")]
    [InlineData("\"page\": 12", "\"page\": 0", "results[0].evidence[0].page: moet minstens 1 zijn")]
    [InlineData("\"ask\": \"financien-01\"", "\"ask\": 7", "results[0].ask: moet tekst zijn, maar is het getal 7")]
    public void Should_point_at_the_bad_field_inside_results(string replace, string with, string expected)
    {
        var json = ResultsJsonWriter.ToJson(SampleReports.Small());
        var broken = ReplaceFirst(json, replace, with);

        var error = Assert.Throws<ResultsFormatException>(() => ResultsJsonReader.Parse(broken));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_a_result_for_an_unlisted_document()
    {
        var report = SampleReports.Small();
        var json = ResultsJsonWriter.ToJson(report);
        var broken = ReplaceFirst(json, $"\"document\": \"{report.Documents[0].Id}\"", "\"document\": \"onbekend\"");

        var error = Assert.Throws<ResultsFormatException>(() => ResultsJsonReader.Parse(broken));

        Assert.Equal("results[0].document: verwijst naar document 'onbekend', dat niet in 'documents' staat", error.Message);
    }

    [Fact]
    public void Should_ignore_unknown_fields_so_newer_files_stay_readable()
    {
        var json = ResultsJsonWriter.ToJson(SampleReports.Small()).Replace("\"tool\":", "\"engine\": {\"name\": \"x\"}, \"tool\":", StringComparison.Ordinal);

        Assert.Equal(6, ResultsJsonReader.Parse(json).Results.Count);
    }

    [Fact]
    public void Should_name_documents_by_file_stem_for_the_evaluator()
    {
        var file = ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(SampleReports.Small()));

        var predictions = file.ToPredictions();

        Assert.Equal(6, predictions.Count);
        Assert.Equal(["alpha", "alpha", "alpha", "beta", "beta", "beta"], predictions.Select(p => p.Document));
        var zorg = predictions.Single(p => p.Document == "beta" && p.Ask == "zorg-01");
        Assert.Equal(Verdict.Support, zorg.Verdict);
        Assert.Equal(7, zorg.Evidence[0].Page);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in the sample JSON");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
