namespace Thorbecke.MoneyMentions;

/// <summary>Finds which of several cue lists has an occurrence nearest to an amount.</summary>
internal static class CueReader
{
    /// <summary>
    /// The value whose terms occur nearest to <paramref name="amount"/>, within <paramref name="maxDistance"/> words;
    /// on a tie the earlier entry of <paramref name="cues"/> wins. Null when none occurs.
    /// </summary>
    public static T? Nearest<T>(SentenceWords sentence, (int First, int Last) amount, int maxDistance, IEnumerable<(T Value, TermList Terms)> cues)
        where T : struct
    {
        T? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (value, terms) in cues)
        {
            foreach (var (first, last) in terms.Occurrences(sentence))
            {
                var distance = Math.Min(SentenceWords.Distance(first, amount), SentenceWords.Distance(last, amount));
                if (distance <= maxDistance && distance < bestDistance)
                {
                    best = value;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }
}
