namespace Thorbecke.Search.Matching;

/// <summary>
/// One concept of an ask: alternative analysed forms (such as an imperative and its infinitive) and how much it
/// weighs. An action concept ("Schaf ... af") says what to do, not what about, so it cannot make a passage relevant alone.
/// </summary>
public sealed record TermGroup(IReadOnlyList<string> Terms, double Weight, double Specificity, bool IsAction = false)
{
    public bool IsIn(IReadOnlySet<string> passageTerms) => Terms.Any(passageTerms.Contains);
}
