namespace Thorbecke.Search.Matching;

/// <summary>One concept of an ask: alternative analysed forms (such as an imperative and its infinitive) and how much it weighs.</summary>
public sealed record TermGroup(IReadOnlyList<string> Terms, double Weight, double Specificity)
{
    public bool IsIn(IReadOnlySet<string> passageTerms) => Terms.Any(passageTerms.Contains);
}
