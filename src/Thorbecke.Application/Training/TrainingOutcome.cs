using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Scanning;
using Thorbecke.Search.Learning;

namespace Thorbecke.Application.Training;

/// <summary>What <see cref="LabelTraining.Train"/> learned and measured.</summary>
/// <param name="CrossValidated">The verdicts each document got from a model that learned only from the others.</param>
/// <param name="Quality">Those verdicts measured against the labels.</param>
/// <param name="Curve">The learning curve, when asked for.</param>
/// <param name="Model">The model learned from every label, to ship.</param>
/// <param name="Cases">How many labelled cells it learned from.</param>
/// <param name="Calibration">The zero-shot judge's calibration as JSON, computed when asked for.</param>
public sealed record TrainingOutcome(
    ScanReport CrossValidated,
    EvaluationReport Quality,
    IReadOnlyList<LearningCurvePoint>? Curve,
    LearnedModel Model,
    int Cases,
    Func<string> Calibration);
