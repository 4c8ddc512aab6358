using Thorbecke.Text.Words;

namespace Thorbecke.Text.Tests.Words;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("de gemeen-\nte betaalt", "de gemeente betaalt")]
    [InlineData("de nieuwe NAVO-\nnorm halen", "de nieuwe NAVO-norm halen")]
    [InlineData("meer geld voor zorg-\nen welzijn", "meer geld voor zorg- en welzijn")]
    [InlineData("land-\nof tuinbouw", "land- of tuinbouw")]
    [InlineData("naar Noord-\nHolland", "naar Noord-Holland")]
    [InlineData("een auto-\nongeluk", "een auto-ongeluk")]
    [InlineData("bestaans\u00AD\nzekerheid", "bestaanszekerheid")]
    [InlineData("  veel   ruimte\n\n en  lucht ", "veel ruimte en lucht")]
    [InlineData("zorg- en welzijn blijft", "zorg- en welzijn blijft")]
    public void Should_join_line_end_hyphenation_but_keep_real_hyphens(string passage, string expected)
    {
        Assert.Equal(expected, SearchText.Normalize(passage));
    }
}
