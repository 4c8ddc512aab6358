using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thorbecke.Search.Judging;

/// <summary>
/// A multinomial logistic regression: standardised features, one weight row per class. Its outputs are
/// probabilities, which is what makes the judge's confidence mean something.
/// </summary>
public sealed record SoftmaxModel(
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Features,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Scales,
    IReadOnlyList<IReadOnlyList<double>> Weights,
    IReadOnlyList<double> Biases,
    string Description)
{
    public double[] Probabilities(IReadOnlyList<double> features)
    {
        var scores = new double[Classes.Count];
        for (var k = 0; k < scores.Length; k++)
        {
            var z = Biases[k];
            for (var j = 0; j < features.Count; j++)
            {
                z += Weights[k][j] * Standardize(features[j], Means[j], Scales[j]);
            }

            scores[k] = z;
        }

        return Softmax(scores);
    }

    /// <summary>
    /// A feature in standard deviations from the training mean, capped at three: beyond the data it was fitted on,
    /// a linear model would extrapolate into certainty it has not earned.
    /// </summary>
    public static double Standardize(double value, double mean, double scale) => Math.Clamp((value - mean) / scale, -3, 3);

    /// <summary>Turns class scores into probabilities (in place), stable for large scores.</summary>
    public static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Math.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= sum;
        }

        return scores;
    }

    /// <summary>A short fingerprint of the weights, part of the engine version.</summary>
    public string Fingerprint => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToJson())))[..8];

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["description"] = Description,
            ["classes"] = new JsonArray([.. Classes.Select(c => JsonValue.Create(c))]),
            ["features"] = new JsonArray([.. Features.Select(f => JsonValue.Create(f))]),
            ["means"] = Numbers(Means),
            ["scales"] = Numbers(Scales),
            ["biases"] = Numbers(Biases),
            ["weights"] = new JsonArray([.. Weights.Select(Numbers)]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static SoftmaxModel Parse(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new FormatException("Empty model file.");
        return new SoftmaxModel(
            Strings(root["classes"]),
            Strings(root["features"]),
            Doubles(root["means"]),
            Doubles(root["scales"]),
            (root["weights"]?.AsArray() ?? throw new FormatException("Model has no weights.")).Select(Doubles).ToList(),
            Doubles(root["biases"]),
            root["description"]?.GetValue<string>() ?? "");
    }

    private static JsonArray Numbers(IReadOnlyList<double> values) =>
        new([.. values.Select(v => JsonValue.Create(v))]);

    private static List<string> Strings(JsonNode? node) =>
        (node?.AsArray() ?? throw new FormatException("Model is missing a list.")).Select(n => n!.GetValue<string>()).ToList();

    private static List<double> Doubles(JsonNode? node) =>
        (node?.AsArray() ?? throw new FormatException("Model is missing a list.")).Select(n => double.Parse(n!.ToJsonString(), CultureInfo.InvariantCulture)).ToList();
}
