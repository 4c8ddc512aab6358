namespace Thorbecke.Search.Judging;

/// <summary>
/// Fits a <see cref="SoftmaxModel"/> by gradient descent on the cross-entropy with L2 regularisation. Classes are
/// reweighted only when asked (<c>balance</c> above 0): unweighted, the model's probabilities match how often things
/// really happen (calibration); weighted, a rare class gets a fair share of the decisions.
/// Deterministic: the same examples give the same model.
/// </summary>
public static class SoftmaxTrainer
{
    public static SoftmaxModel Fit(IReadOnlyList<string> classes, IReadOnlyList<string> features, IReadOnlyList<(double[] X, int Y)> examples, double l2 = 0.1, int iterations = 3000, double learningRate = 0.2, double balance = 0)
    {
        var d = features.Count;
        var k = classes.Count;
        var means = Enumerable.Range(0, d).Select(j => examples.Average(e => e.X[j])).ToArray();
        var scales = Enumerable.Range(0, d)
            .Select(j => Math.Sqrt(examples.Average(e => Math.Pow(e.X[j] - means[j], 2))))
            .Select(s => s < 1e-9 ? 1 : s)
            .ToArray();
        var xs = examples.Select(e => e.X.Select((v, j) => SoftmaxModel.Standardize(v, means[j], scales[j])).ToArray()).ToArray();
        var counts = Enumerable.Range(0, k).Select(c => examples.Count(e => e.Y == c)).ToArray();
        var classWeight = counts.Select(n => n == 0 ? 0 : Math.Pow(examples.Count / (double)(k * n), balance)).ToArray();
        var weights = new double[k][];
        for (var c = 0; c < k; c++)
        {
            weights[c] = new double[d];
        }

        var biases = new double[k];
        var totalWeight = examples.Select(e => classWeight[e.Y]).Sum();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradW = Enumerable.Range(0, k).Select(_ => new double[d]).ToArray();
            var gradB = new double[k];
            for (var i = 0; i < xs.Length; i++)
            {
                var p = Probabilities(weights, biases, xs[i]);
                var w = classWeight[examples[i].Y];
                for (var c = 0; c < k; c++)
                {
                    var error = w * (p[c] - (examples[i].Y == c ? 1 : 0));
                    gradB[c] += error;
                    for (var j = 0; j < d; j++)
                    {
                        gradW[c][j] += error * xs[i][j];
                    }
                }
            }

            for (var c = 0; c < k; c++)
            {
                biases[c] -= learningRate * gradB[c] / totalWeight;
                for (var j = 0; j < d; j++)
                {
                    weights[c][j] -= learningRate * ((gradW[c][j] / totalWeight) + (l2 * weights[c][j]));
                }
            }
        }

        return new SoftmaxModel(classes, features, means, scales, weights.Select(w => (IReadOnlyList<double>)w).ToList(), biases,
            $"Softmax regression on {examples.Count} labelled pairs, L2 {l2}.");
    }

    private static double[] Probabilities(double[][] weights, double[] biases, double[] x)
    {
        var scores = new double[biases.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            var z = biases[c];
            for (var j = 0; j < x.Length; j++)
            {
                z += weights[c][j] * x[j];
            }

            scores[c] = z;
        }

        return SoftmaxModel.Softmax(scores);
    }
}
