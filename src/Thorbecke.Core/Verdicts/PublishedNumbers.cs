namespace Thorbecke.Core.Verdicts;

/// <summary>Confidences and scores as the results contract publishes them, so everything that reads them agrees.</summary>
public static class PublishedNumbers
{
    /// <summary>Three decimals is what a reader can use; more only makes diffs between runs noisy.</summary>
    public static double Round(double value) =>
        double.IsFinite(value) ? Math.Round(value, 3, MidpointRounding.AwayFromZero) : 0;
}
