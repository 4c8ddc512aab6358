using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Evaluation;

/// <summary>Counts of (gold verdict, predicted verdict) pairs over the four verdicts.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts = new int[4, 4];

    /// <summary>The verdicts in the order reports show rows and columns.</summary>
    public static IReadOnlyList<Verdict> Classes => VerdictNames.All;

    /// <summary>How many labels with gold verdict <paramref name="gold"/> were predicted as <paramref name="predicted"/>.</summary>
    public int this[Verdict gold, Verdict predicted] => counts[(int)gold, (int)predicted];

    public int Total { get; private set; }

    /// <summary>Labels whose predicted verdict equals the gold verdict.</summary>
    public int Correct => Classes.Sum(v => this[v, v]);

    public int GoldCount(Verdict gold) => Classes.Sum(p => this[gold, p]);

    public int PredictedCount(Verdict predicted) => Classes.Sum(g => this[g, predicted]);

    internal void Add(Verdict gold, Verdict predicted)
    {
        counts[(int)gold, (int)predicted]++;
        Total++;
    }
}
