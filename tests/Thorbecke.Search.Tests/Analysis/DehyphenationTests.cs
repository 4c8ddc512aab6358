using Thorbecke.Search.Analysis;

namespace Thorbecke.Search.Tests.Analysis;

public sealed class DehyphenationTests
{
    [Theory]
    [InlineData("het gemeente-\nfonds groeit", "het gemeentefonds groeit")]
    [InlineData("de opschalings-\n  korting", "de opschalingskorting")]
    public void Should_join_words_split_at_a_line_end(string text, string expected) =>
        Assert.Equal(expected, Dehyphenation.Apply(text));

    [Theory]
    [InlineData("de NAVO-\nnorm")]
    [InlineData("zorg-\nen welzijn")]
    [InlineData("de NAVO-norm")]
    [InlineData("huur- en koopwoningen")]
    [InlineData("Noord-\nHolland")]
    public void Should_keep_real_hyphens_and_elisions(string text) =>
        Assert.Equal(text, Dehyphenation.Apply(text));
}
