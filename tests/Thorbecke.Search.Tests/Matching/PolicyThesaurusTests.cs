using Thorbecke.Search.Analysis;
using Thorbecke.Search.Thesaurus;

namespace Thorbecke.Search.Tests.Matching;

public sealed class PolicyThesaurusTests
{
    [Fact]
    public void Should_let_jeugdzorg_stand_for_jeugdhulp_in_the_built_in_thesaurus()
    {
        using var analyzer = DutchAnalysis.CreateAnalyzer();
        var thesaurus = PolicyThesaurus.Parse(PolicyThesaurus.BuiltInText, analyzer);

        Assert.Contains(DutchAnalysis.Terms(analyzer, "jeugdhulp").Single(), thesaurus.AlternativesFor(DutchAnalysis.Terms(analyzer, "jeugdzorg").Single()));
    }

    [Fact]
    public void Should_read_user_lines_and_ignore_comments()
    {
        using var analyzer = DutchAnalysis.CreateAnalyzer();
        var thesaurus = PolicyThesaurus.Parse("# eigen lijst\nfiets, rijwiel # synoniemen\n", analyzer);

        Assert.Equal(DutchAnalysis.Terms(analyzer, "rijwiel"), thesaurus.AlternativesFor(DutchAnalysis.Terms(analyzer, "fiets").Single()));
        Assert.Empty(thesaurus.AlternativesFor("eigen"));
    }

    [Fact]
    public void Should_read_near_synonyms_one_way_and_count_them_for_half()
    {
        using var analyzer = DutchAnalysis.CreateAnalyzer();
        var thesaurus = PolicyThesaurus.Parse("opschalingskorting ~ bezuinigingen, kortingen\n", analyzer);
        var korting = DutchAnalysis.Terms(analyzer, "opschalingskorting").Single();
        var bezuiniging = DutchAnalysis.Terms(analyzer, "bezuinigingen").Single();
        var group = new Thorbecke.Search.Matching.TermGroup([korting], 1, 1) { NearTerms = thesaurus.NearAlternativesFor(korting) };

        Assert.Contains(bezuiniging, thesaurus.NearAlternativesFor(korting));
        Assert.Empty(thesaurus.AlternativesFor(korting));
        Assert.Empty(thesaurus.NearAlternativesFor(bezuiniging));
        Assert.Equal(1, group.Strength(new HashSet<string> { korting }));
        Assert.Equal(0.5, group.Strength(new HashSet<string> { bezuiniging }));
    }
}
