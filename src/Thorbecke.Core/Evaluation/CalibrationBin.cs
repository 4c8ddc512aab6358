namespace Thorbecke.Core.Evaluation;

/// <summary>
/// One row of the reliability table: predictions whose confidence lies in [<paramref name="Lower"/>,
/// <paramref name="Upper"/>) (the last bin includes 1.0) and how many of them were right. A calibrated
/// engine has an accuracy close to the bin's confidence.
/// </summary>
public sealed record CalibrationBin(double Lower, double Upper, int Count, int Correct, double MeanConfidence)
{
    /// <summary>The share of correct verdicts, or null for an empty bin.</summary>
    public double? Accuracy => Count == 0 ? null : (double)Correct / Count;
}
