namespace Thorbecke.Core.Evaluation;

/// <summary>
/// One row of the coverage-accuracy table: the predictions with a confidence of at least <paramref name="Threshold"/>,
/// as a share of all labelled cells, and how many of them were right. It says how much of the work an analyst can
/// leave to the engine at a given confidence, and how often that would be wrong.
/// </summary>
public sealed record CoverageRow(double Threshold, int Count, int Correct, int Total)
{
    /// <summary>The share of labelled cells decided at this confidence or higher.</summary>
    public double Coverage => Total == 0 ? 0 : (double)Count / Total;

    /// <summary>The share of those that were right, or null when there are none.</summary>
    public double? Accuracy => Count == 0 ? null : (double)Correct / Count;
}
