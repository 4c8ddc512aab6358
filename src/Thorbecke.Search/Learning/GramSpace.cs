namespace Thorbecke.Search.Learning;

/// <summary>
/// TF-IDF weights of character grams over one population of texts (the sentences of the document being read), so a
/// gram every sentence shares ("heid ") counts for little and a rare one ("korti") for much.
/// </summary>
internal sealed class GramSpace
{
    private readonly Dictionary<ulong, double> inverseFrequency = [];
    private readonly double unseen;

    public GramSpace(IReadOnlyCollection<Dictionary<ulong, int>> texts)
    {
        var documentFrequency = new Dictionary<ulong, int>();
        foreach (var text in texts)
        {
            foreach (var gram in text.Keys)
            {
                documentFrequency[gram] = documentFrequency.GetValueOrDefault(gram) + 1;
            }
        }

        // Computed once per gram rather than once per gram of every sentence.
        foreach (var (gram, frequency) in documentFrequency)
        {
            inverseFrequency[gram] = Idf(texts.Count, frequency);
        }

        unseen = Idf(texts.Count, 0);
    }

    private static double Idf(int population, int frequency) => Math.Log((population + 1.0) / (frequency + 1.0)) + 1;

    /// <summary>The unit-length vector of a text's gram counts: sublinear term frequency times inverse document frequency.</summary>
    public GramVector Vector(Dictionary<ulong, int> counts)
    {
        var keys = new ulong[counts.Count];
        var values = new float[counts.Count];
        var i = 0;
        var norm = 0.0;
        foreach (var (gram, count) in counts)
        {
            var idf = inverseFrequency.TryGetValue(gram, out var known) ? known : unseen;
            var weight = (1 + Math.Log(count)) * idf;
            keys[i] = gram;
            values[i] = (float)weight;
            norm += weight * weight;
            i++;
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var k = 0; k < values.Length; k++)
        {
            values[k] *= scale;
        }

        return new GramVector(keys, values);
    }
}

/// <summary>A sparse unit vector over hashed grams.</summary>
internal sealed record GramVector(ulong[] Grams, float[] Weights);
