using Thorbecke.Application.Engine;
using Thorbecke.Application.Evaluation;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Json;

namespace Thorbecke.Application.Tests.Evaluation;

/// <summary>A fresh scan is measured on the report itself, and scores exactly as its results file does.</summary>
public sealed class QualityCheckTests
{
    [Fact]
    public void Should_score_a_report_as_its_results_file_scores()
    {
        using var project = new ProjectBuilder();
        var report = project.Scan.Run(ProjectBuilder.Agenda,
        [
            ProjectBuilder.Programme("Rood", "Wij schaffen de opschalingskorting op het gemeentefonds af."),
            ProjectBuilder.Programme("Blauw", "Gemeenten krijgen structureel geld voor de jeugdzorg."),
        ], new EngineSettings());
        var labels = new[]
        {
            new GoldLabelSet("rood", "Rood", [Label("fin-1", Verdict.Support, 1), Label("zorg-1", Verdict.None)]),
            new GoldLabelSet("blauw", "Blauw", [Label("fin-1", Verdict.None), Label("zorg-1", Verdict.Support, 1)]),
        };

        var direct = QualityCheck.Evaluate(report, labels, project.Store);
        var fromFile = QualityCheck.Evaluate(ResultsJsonReader.Parse(ResultsJsonWriter.ToJson(report)).ToReport(report.Agenda), labels, project.Store);

        Assert.Equal(4, direct.Overall.Count);
        Assert.True(direct.Overall.PageTextGiven);
        Assert.Equal(Summary(fromFile), Summary(direct));
    }

    private static GoldLabel Label(string ask, Verdict verdict, int page = 0) =>
        new(ask, verdict, page == 0 ? [] : [page], [], LabelConfidence.High, null);

    private static string Summary(EvaluationReport report) => string.Join(" | ",
    [
        $"{report.Overall.Accuracy} {report.Overall.MacroF1} {report.Overall.AddressedF1} {report.Overall.EvidenceHits} {report.Overall.QuotesVerbatim}/{report.Overall.QuotesChecked}",
        .. report.Calibration.Select(b => $"{b.Count} {b.Correct} {b.MeanConfidence}"),
        .. report.Coverage.Select(r => $"{r.Count} {r.Correct}"),
    ]);
}
