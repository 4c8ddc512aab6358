using Thorbecke.Core.Agendas;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Tests.Evaluation;

public class EvaluatorTests
{
    private const int Precision = 4;

    private static readonly Agenda SixAsks = new("test", "Test", new List<Ask>
    {
        new("a1", "T1", "ask 1"), new("a2", "T1", "ask 2"), new("a3", "T1", "ask 3"),
        new("a4", "T2", "ask 4"), new("a5", "T2", "ask 5"), new("a6", "T2", "ask 6"),
    });

    /// <summary>
    /// gold:      a1 support, a2 support, a3 partial, a4 partial, a5 none, a6 oppose
    /// predicted: a1 support, a2 partial, a3 partial, (a4 missing = none), a5 none, a6 support
    /// </summary>
    private static readonly GoldLabelSet SixGold = new("doc", "Partij", new List<GoldLabel>
    {
        Label("a1", Verdict.Support, 10),
        Label("a2", Verdict.Support, 20),
        Label("a3", Verdict.Partial, 30),
        Label("a4", Verdict.Partial, 40),
        Label("a5", Verdict.None),
        Label("a6", Verdict.Oppose),
    });

    private static readonly List<PredictedResult> SixPredicted =
    [
        Predict("a1", Verdict.Support, 0.95, (11, "Wij schaffen de opschalingskorting af")),
        Predict("a2", Verdict.Partial, 0.55, (5, "iets"), (6, "anders"), (7, "nog iets"), (21, "te laat")),
        Predict("a3", Verdict.Partial, 0.62),
        Predict("a5", Verdict.None, 0.3),
        Predict("a6", Verdict.Support, 0.9, (50, "Meer   geld\nvoor gemeenten.")),
    ];

    private static string? PageText(string document, int page) => (document, page) switch
    {
        ("doc", 11) => "Daarom: Wij  schaffen de\nopschalingskorting af. Verder...",
        ("doc", 5) => "Een heel andere pagina.",
        ("doc", 50) => "Wij willen Meer geld voor gemeenten. En meer.",
        _ => null,
    };

    [Fact]
    public void Should_show_per_confidence_threshold_the_share_of_cells_decided_and_how_many_were_right()
    {
        var coverage = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted).Coverage;

        // Confidences: a1 0.95 right, a6 0.9 wrong, a3 0.62 right, a2 0.55 wrong, a5 0.3 right; a4 has no prediction.
        var atSixty = coverage.Single(r => r.Threshold == 0.6);
        Assert.Equal(3, atSixty.Count);
        Assert.Equal(0.5, atSixty.Coverage, Precision);
        Assert.Equal(2.0 / 3, atSixty.Accuracy!.Value, Precision);

        var atNinety = coverage.Single(r => r.Threshold == 0.9);
        Assert.Equal(2, atNinety.Count);
        Assert.Equal(0.5, atNinety.Accuracy!.Value, Precision);

        // A label without a prediction was never decided, so even at 0 coverage stays below one.
        Assert.Equal(5.0 / 6, coverage.Single(r => r.Threshold == 0).Coverage, Precision);
    }

    [Fact]
    public void Should_score_verdicts_as_computed_by_hand()
    {
        var overall = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted).Overall;

        // Correct: a1, a3, a5 -> 3 of 6.
        Assert.Equal(6, overall.Count);
        Assert.Equal(0.5, overall.Accuracy, Precision);

        // support: TP a1; gold {a1, a2}; predicted {a1, a6}  -> P 1/2, R 1/2, F1 0.5
        // partial: TP a3; gold {a3, a4}; predicted {a2, a3}  -> P 1/2, R 1/2, F1 0.5
        // none:    TP a5; gold {a5};     predicted {a4, a5}  -> P 1/2, R 1,   F1 2/3
        // oppose:  TP -;  gold {a6};     predicted {}        -> P 0,   R 0,   F1 0
        AssertClass(overall.PerClass[Verdict.Support], 0.5, 0.5, 0.5, 2);
        AssertClass(overall.PerClass[Verdict.Partial], 0.5, 0.5, 0.5, 2);
        AssertClass(overall.PerClass[Verdict.None], 0.5, 1, 2.0 / 3, 1);
        AssertClass(overall.PerClass[Verdict.Oppose], 0, 0, 0, 1);

        // macro-F1 = (0.5 + 0.5 + 2/3 + 0) / 4 = 5/12 = 0.41667
        Assert.Equal(5.0 / 12, overall.MacroF1, Precision);

        // addressed: gold {a1, a2, a3, a4, a6}, predicted {a1, a2, a3, a6}, TP 4 -> P 1, R 4/5, F1 8/9
        Assert.Equal(1, overall.Addressed.Precision, Precision);
        Assert.Equal(0.8, overall.Addressed.Recall, Precision);
        Assert.Equal(8.0 / 9, overall.AddressedF1, Precision);
    }

    [Fact]
    public void Should_count_gold_against_predicted_in_the_confusion_matrix()
    {
        var report = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted);
        var matrix = report.Overall.Confusion;

        Assert.Equal(1, matrix[Verdict.Support, Verdict.Support]);
        Assert.Equal(1, matrix[Verdict.Support, Verdict.Partial]);
        Assert.Equal(1, matrix[Verdict.Partial, Verdict.Partial]);
        Assert.Equal(1, matrix[Verdict.Partial, Verdict.None]);
        Assert.Equal(1, matrix[Verdict.None, Verdict.None]);
        Assert.Equal(1, matrix[Verdict.Oppose, Verdict.Support]);
        Assert.Equal(0, matrix[Verdict.Support, Verdict.Oppose]);
        Assert.Equal(6, matrix.Total);
        Assert.Equal(1, report.MissingPredictions);
    }

    [Fact]
    public void Should_find_evidence_within_one_page_among_the_top_three()
    {
        var overall = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted).Overall;

        // Labels with a verdict and pages: a1, a2, a3, a4 (a5 is none, a6 has no pages).
        // a1: page 11 is within 1 of 10 -> hit. a2: 21 is only fourth -> miss. a3: no evidence. a4: no prediction.
        Assert.Equal(4, overall.EvidenceLabels);
        Assert.Equal(1, overall.EvidenceHits);
        Assert.Equal(0.25, overall.EvidenceHitAt3!.Value, Precision);
    }

    [Fact]
    public void Should_check_quotes_against_page_text_with_whitespace_collapsed()
    {
        var overall = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted, PageText).Overall;

        // Quotes: a1 (page 11, found), a2 x4 (page 5 lacks it, 6/7/21 unknown), a6 (page 50, found after collapsing).
        Assert.Equal(6, overall.QuotesChecked);
        Assert.Equal(2, overall.QuotesVerbatim);
        Assert.Equal(2.0 / 6, overall.VerbatimShare!.Value, Precision);
    }

    [Fact]
    public void Should_leave_verbatim_share_empty_without_page_text()
    {
        var overall = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted).Overall;

        Assert.Null(overall.VerbatimShare);
    }

    [Fact]
    public void Should_break_scores_down_per_theme_in_agenda_order()
    {
        var themes = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted).PerTheme;

        Assert.Equal(["T1", "T2"], themes.Select(t => t.Name));
        Assert.Equal(2.0 / 3, themes[0].Scores.Accuracy, Precision);
        Assert.Equal(1.0 / 3, themes[1].Scores.Accuracy, Precision);
        Assert.Equal(3, themes[1].Scores.Count);
    }

    [Fact]
    public void Should_break_scores_down_per_document_matching_stems_without_case()
    {
        var other = new GoldLabelSet("Other", "Ander", [Label("a1", Verdict.Support, 3), Label("a2", Verdict.None)]);
        var predictions = SixPredicted.Append(Predict("a1", Verdict.Support, 0.8) with { Document = "other" }).ToList();

        var report = Evaluator.Evaluate(SixAsks, [SixGold, other], predictions);

        Assert.Equal(["doc", "Other"], report.PerDocument.Select(d => d.Name));
        Assert.Equal(0.5, report.PerDocument[0].Scores.Accuracy, Precision);
        Assert.Equal(1, report.PerDocument[1].Scores.Accuracy, Precision);
        Assert.Equal(8, report.Overall.Count);
    }

    [Fact]
    public void Should_ignore_predictions_nobody_labelled_and_take_the_first_of_duplicates()
    {
        var predictions = SixPredicted
            .Append(Predict("a5", Verdict.Oppose, 0.99))
            .Append(Predict("a1", Verdict.Support, 0.5) with { Document = "unlabelled" })
            .ToList();

        var report = Evaluator.Evaluate(SixAsks, [SixGold], predictions);

        Assert.Equal(1, report.UnmatchedPredictions);
        Assert.Equal(1, report.Overall.Confusion[Verdict.None, Verdict.None]);
    }

    [Fact]
    public void Should_bin_confidence_for_the_reliability_table()
    {
        var bins = Evaluator.Evaluate(SixAsks, [SixGold], SixPredicted).Calibration;

        // a5 0.3 right | a2 0.55 wrong | a3 0.62 right | - | - | a6 0.9 wrong, a1 0.95 right (0.9 opens the last bin)
        Assert.Equal([0.0, 0.5, 0.6, 0.7, 0.8, 0.9], bins.Select(b => b.Lower));
        Assert.Equal([1, 1, 1, 0, 0, 2], bins.Select(b => b.Count));
        Assert.Equal([1, 0, 1, 0, 0, 1], bins.Select(b => b.Correct));
        Assert.Null(bins[3].Accuracy);
        Assert.Equal(0.5, bins[5].Accuracy!.Value, Precision);
        Assert.Equal(0.925, bins[5].MeanConfidence, Precision);
    }

    [Fact]
    public void Should_put_full_confidence_in_the_last_bin()
    {
        var bins = Evaluator.Evaluate(SixAsks, [SixGold], [Predict("a1", Verdict.Support, 1.0)]).Calibration;

        Assert.Equal(1, bins[^1].Count);
        Assert.Equal(1, bins.Sum(b => b.Count));
    }

    [Fact]
    public void Should_refuse_two_label_sets_for_one_programme()
    {
        Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(SixAsks, [SixGold, SixGold], []));
    }

    [Fact]
    public void Should_give_the_partial_everywhere_baseline_its_known_scores_on_the_development_set()
    {
        var agenda = BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!;
        var gold = Directory.GetFiles(SharedData.GoldDev, "*.json").Order(StringComparer.Ordinal)
            .Select(f => GoldLabelSet.Parse(File.ReadAllText(f))).ToList();
        var partialEverywhere = gold
            .SelectMany(set => agenda.Asks.Select(a => new PredictedResult(set.Programme, a.Id, Verdict.Partial, 0.5, [])))
            .ToList();

        var report = Evaluator.Evaluate(agenda, gold, partialEverywhere);

        // Only partial is ever right: its F1 is about 0.62 and the other three score 0, so macro-F1 is about 0.156;
        // everything counts as addressed, so addressed-F1 is about 0.85.
        Assert.Equal(gold.Sum(g => g.Labels.Count), report.Overall.Count);
        Assert.InRange(report.Overall.MacroF1, 0.15, 0.16);
        Assert.InRange(report.Overall.AddressedF1, 0.84, 0.86);
        Assert.Equal(0, report.Overall.EvidenceHits);
        Assert.Equal(0, report.MissingPredictions);
        Assert.DoesNotContain(report.PerTheme, t => t.Name.StartsWith('('));
    }

    private static void AssertClass(ClassScores scores, double precision, double recall, double f1, int support)
    {
        Assert.Equal(precision, scores.Precision, Precision);
        Assert.Equal(recall, scores.Recall, Precision);
        Assert.Equal(f1, scores.F1, Precision);
        Assert.Equal(support, scores.Support);
    }

    private static GoldLabel Label(string ask, Verdict verdict, params int[] pages) =>
        new(ask, verdict, pages, pages.Select(_ => "quote").ToList(), LabelConfidence.High, null);

    private static PredictedResult Predict(string ask, Verdict verdict, double confidence, params (int Page, string Quote)[] evidence) =>
        new("doc", ask, verdict, confidence, evidence.Select(e => new Evidence(e.Page, e.Quote, 1)).ToList());
}
