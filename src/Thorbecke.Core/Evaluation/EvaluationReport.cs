namespace Thorbecke.Core.Evaluation;

/// <summary>Everything one evaluation produced.</summary>
/// <param name="Overall">Scores over every gold label.</param>
/// <param name="PerDocument">Scores per gold document, in the order the gold sets were given.</param>
/// <param name="PerTheme">Scores per agenda theme, in agenda order.</param>
/// <param name="PerAsk">Scores per ask (over the labelled documents), in agenda order.</param>
/// <param name="Calibration">The reliability table over predictions that matched a gold label.</param>
/// <param name="Coverage">The coverage-accuracy table: per confidence threshold, the share of cells decided and their accuracy.</param>
/// <param name="MissingPredictions">Gold labels without a prediction; they were scored as predicted none.</param>
/// <param name="UnmatchedPredictions">Predictions without a gold label (other documents or asks); not scored.</param>
public sealed record EvaluationReport(
    EvaluationScores Overall,
    IReadOnlyList<NamedScores> PerDocument,
    IReadOnlyList<NamedScores> PerTheme,
    IReadOnlyList<NamedScores> PerAsk,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<CoverageRow> Coverage,
    int MissingPredictions,
    int UnmatchedPredictions);
