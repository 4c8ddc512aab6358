using Thorbecke.Search.Stance;

namespace Thorbecke.Search.Matching;

/// <summary>
/// One part of a compound ask ("Handhaaf de Spreidingswet", "voorkom ad-hoc crisismaatregelen"): what it is
/// about and what it wants done with it. A sentence's stance is read against the part it speaks to.
/// </summary>
public sealed record AskClaim(string Text, AskDirection Direction, IReadOnlyList<TermGroup> Groups)
{
    /// <summary>Whether a word of a sentence is one of this claim's topic words (its action verb aside).</summary>
    /// <param name="analyze">The analysed forms of a word (the analyzer's, usually remembered per document).</param>
    /// <param name="word">A word of a sentence.</param>
    public bool Names(Func<string, IReadOnlyList<string>> analyze, string word)
    {
        var forms = analyze(word);
        return forms.Count > 0 && Groups.Any(g => !g.IsAction && (g.Terms.Contains(forms[0]) || g.NearTerms.Contains(forms[0])));
    }

    /// <summary>Share of this claim's topic weight (its action verb aside) that a set of terms covers.</summary>
    public double TopicCoverage(IReadOnlySet<string> terms)
    {
        var topic = Groups.Where(g => !g.IsAction).ToList();
        var total = topic.Sum(g => g.Weight);
        return total <= 0 ? 0 : topic.Sum(g => g.Weight * g.Strength(terms)) / total;
    }
}
