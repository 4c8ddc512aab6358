namespace Thorbecke.Search.Learning;

/// <summary>
/// How well the engine judges a document after learning from <paramref name="Programmes"/> other reviewed documents:
/// the mean over <paramref name="Runs"/> choices of those documents.
/// </summary>
public sealed record LearningCurvePoint(int Programmes, int Runs, double Accuracy, double MacroF1, double OpposeF1, double AddressedF1, double EvidenceHitAt3);
