namespace Thorbecke.Core.Evaluation;

/// <summary>Precision, recall and F1 of one class. A ratio with a zero denominator counts as 0, as in scikit-learn.</summary>
/// <param name="Precision">Correct predictions of the class / all predictions of the class.</param>
/// <param name="Recall">Correct predictions of the class / gold labels of the class.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Support">The number of gold labels of the class.</param>
/// <param name="Predicted">The number of predictions of the class.</param>
public sealed record ClassScores(double Precision, double Recall, double F1, int Support, int Predicted)
{
    public static ClassScores From(int truePositives, int support, int predicted)
    {
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = support == 0 ? 0 : (double)truePositives / support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassScores(precision, recall, f1, support, predicted);
    }
}
