using System.Text.RegularExpressions;
using Thorbecke.Search.Judging;
using Thorbecke.Search.Matching;
using Thorbecke.Search.Stance;

namespace Thorbecke.Search.Tests.Judging;

/// <summary>Every rationale a reviewer reads is a full Dutch sentence: a subject, a finite verb, a capital and a full stop.</summary>
public sealed partial class RationalesTests
{
    [Theory]
    [InlineData(true, "De tekst neemt op p. 31 de kern van de vraag over als eigen voornemen (dekking 80%).")]
    [InlineData(false, "De tekst spreekt zich op p. 31 uit voor de kern van de vraag (dekking 80%).")]
    public void Should_say_that_the_text_takes_over_the_core_of_the_ask(bool ownVoice, string expected) =>
        Assert.Equal(expected, Rationales.Core("p. 31", "80%", ownVoice));

    [Fact]
    public void Should_word_every_template_as_a_sentence()
    {
        Assert.Equal("Er is geen passage gevonden met woorden uit deze vraag.", Rationales.NoPassage);
        Assert.Equal("Op p. 4 wijst de tekst af wat de vraag vraagt (dekking 60%).", Rationales.Against("p. 4", "60%"));
        Assert.Equal("Er zijn alleen losse woorden van de vraag gevonden (dekking 12%); het onderwerp wordt niet behandeld.", Rationales.LooseWords("12%"));
        Assert.Equal("Op p. 9 komt het onderwerp aan bod, maar niet alles wat de vraag vraagt (dekking 45%).", Rationales.Topic("p. 9", "45%"));
    }

    [Fact]
    public void Should_give_a_full_sentence_for_every_verdict_the_rules_reach()
    {
        var judge = new RuleBasedJudge(new MatcherOptions());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var features in Grid())
        {
            var rationale = judge.Judge(features, "p. 31").Rationale;
            Assert.True(IsSentence(rationale), rationale);
            seen.Add(Template().Replace(rationale, "#"));
        }

        // The grid reaches all six templates: none, loose words, oppose, support in own voice and as a stance, partial.
        Assert.Equal(6, seen.Count);
    }

    private static IEnumerable<AskFeatures> Grid()
    {
        foreach (var coverage in new[] { 0.05, 0.3, 0.6, 0.95 })
        {
            foreach (var bm25 in new[] { 0.0, 0.2, 1.0, 3.0 })
            {
                foreach (var position in new[] { Position.For, Position.Against, Position.Neutral })
                {
                    foreach (var ownVoice in new[] { true, false })
                    {
                        foreach (var passages in new[] { 3, 400 })
                        {
                            yield return new AskFeatures(coverage, coverage, bm25 * 10, bm25, 2, 2, 1, ownVoice, position, passages);
                        }
                    }
                }
            }
        }
    }

    private static bool IsSentence(string text) =>
        char.IsUpper(text[0]) && text.EndsWith('.') && FiniteVerb().IsMatch(text);

    [GeneratedRegex(@"\b(is|zijn|wordt|wijst|komt|neemt|spreekt)\b")]
    private static partial Regex FiniteVerb();

    /// <summary>Page numbers and percentages vary; the wording is the template.</summary>
    [GeneratedRegex(@"[0-9]+(\s?%)?")]
    private static partial Regex Template();
}
