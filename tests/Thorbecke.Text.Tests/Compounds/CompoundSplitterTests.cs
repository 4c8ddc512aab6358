using Thorbecke.Text.Compounds;

namespace Thorbecke.Text.Tests.Compounds;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(["jeugdhulp", "opschaling", "korting", "procedures", "gemeente", "zorg", "fonds"]);

    [Theory]
    [InlineData("jeugdhulpplicht", new[] { "jeugdhulp" })]
    [InlineData("opschalingskorting", new[] { "opschaling", "korting" })]
    [InlineData("asielprocedures", new[] { "procedures" })]
    [InlineData("gemeentefonds", new[] { "gemeente", "fonds" })]
    public void Should_find_the_known_words_at_the_head_and_tail_of_a_compound(string word, string[] expected) =>
        Assert.Equal(expected, Splitter.PartsOf(word));

    [Theory]
    [InlineData("bezorgdheid")]
    [InlineData("jeugdhulp")]
    [InlineData("woningbouw")]
    public void Should_leave_words_without_known_parts_alone(string word) =>
        Assert.Empty(Splitter.PartsOf(word));
}
