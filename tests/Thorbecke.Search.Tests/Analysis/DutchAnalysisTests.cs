using Thorbecke.Search.Analysis;

namespace Thorbecke.Search.Tests.Analysis;

public sealed class DutchAnalysisTests
{
    private static List<string> Terms(string text)
    {
        using var analyzer = DutchAnalysis.CreateAnalyzer();
        return DutchAnalysis.Terms(analyzer, text);
    }

    [Theory]
    [InlineData("gemeenten", "gemeente")]
    [InlineData("woningen", "woning")]
    [InlineData("Jeugdzorg", "jeugdzorg")]
    [InlineData("investeringen", "investering")]
    public void Should_give_inflected_forms_the_same_term(string word, string other) =>
        Assert.Equal(Terms(other), Terms(word));

    [Fact]
    public void Should_fold_diacritics_so_spelling_variants_match() =>
        Assert.Equal(Terms("Oekraiense ideeen"), Terms("Oekraïense ideeën"));

    [Fact]
    public void Should_drop_stop_words_and_keep_topic_words()
    {
        var terms = Terms("Wij willen dat de opschalingskorting van het gemeentefonds wordt geschrapt");

        Assert.DoesNotContain(Terms("wij").FirstOrDefault() ?? "wij", terms);
        Assert.Contains(Terms("opschalingskorting").Single(), terms);
        Assert.Contains(Terms("gemeentefonds").Single(), terms);
    }
}
