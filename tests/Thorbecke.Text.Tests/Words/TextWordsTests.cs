using Thorbecke.Text.Words;

namespace Thorbecke.Text.Tests.Words;

public sealed class TextWordsTests
{
    [Theory]
    [InlineData("de gemeen-\nte betaalt", "de|gemeente|betaalt")]
    [InlineData("de NAVO-norm", "de|navonorm")]
    [InlineData("de NAVO-\nnorm", "de|navonorm")]
    [InlineData("zorg- en welzijn", "zorg|en|welzijn")]
    [InlineData("zorg-\nen welzijn", "zorg|en|welzijn")]
    [InlineData("bestaans\u00AD\nzekerheid", "bestaanszekerheid")]
    [InlineData("Coördinatie, één ﬁets!", "coordinatie|een|fiets")]
    public void Should_fold_words_and_join_them_across_hyphens_and_line_breaks(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', TextWords.Of(text).Select(w => w.Folded)));
    }

    [Fact]
    public void Should_point_each_word_at_its_place_in_the_text()
    {
        const string text = "Het ge-\nmeentefonds groeit.";

        Assert.Equal(["Het", "ge-\nmeentefonds", "groeit"], TextWords.Of(text).Select(w => text.Substring(w.Span.Start, w.Span.Length)));
    }
}
