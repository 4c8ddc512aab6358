using Thorbecke.Search.Analysis;
using Thorbecke.Text.Stemming;

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

    [Theory]
    [InlineData("gemeenten")]
    [InlineData("structurele")]
    [InlineData("investeringen")]
    [InlineData("stoppen")]
    public void Should_stem_with_the_same_stemmer_as_the_passage_finder(string word) =>
        Assert.Equal(DutchStemmer.Stem(word), Terms(word).Single());
}
