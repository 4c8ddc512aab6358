namespace Thorbecke.Core.Evaluation;

/// <summary>The scores of one document or one theme.</summary>
public sealed record NamedScores(string Name, EvaluationScores Scores);
