namespace Thorbecke.Search.Matching;

/// <summary>
/// One concept of an ask: alternative analysed forms (such as an imperative and its infinitive, or synonyms) and
/// how much it weighs, plus near-synonyms that count for half. An action concept ("Schaf ... af") says what to do,
/// not what about, so it cannot make a passage relevant alone.
/// </summary>
public sealed record TermGroup(IReadOnlyList<string> Terms, double Weight, double Specificity, bool IsAction = false)
{
    /// <summary>What a near-synonym counts for, against 1 for the word itself or a true synonym.</summary>
    public const double NearCredit = 0.5;

    /// <summary>Words close in meaning but not the same ("bezuinigingen" for "opschalingskorting").</summary>
    public IReadOnlyList<string> NearTerms { get; init; } = [];

    /// <summary>The word of the ask this concept came from, as the ask writes it; for rationales.</summary>
    public string Word { get; init; } = "";

    /// <summary>Whether the passage names the concept itself or a true synonym; a near-synonym does not count.</summary>
    public bool IsNamedIn(IReadOnlySet<string> passageTerms) => AnyIn(Terms, passageTerms);

    /// <summary>1 when the passage names the concept, <see cref="NearCredit"/> when only a near-synonym, else 0.</summary>
    public double Strength(IReadOnlySet<string> passageTerms) =>
        AnyIn(Terms, passageTerms) ? 1 : AnyIn(NearTerms, passageTerms) ? NearCredit : 0;

    /// <summary>A plain loop: this runs for every concept of every ask against every candidate sentence.</summary>
    private static bool AnyIn(IReadOnlyList<string> terms, IReadOnlySet<string> passageTerms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (passageTerms.Contains(terms[i]))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsIn(IReadOnlySet<string> passageTerms) => Strength(passageTerms) > 0;
}
