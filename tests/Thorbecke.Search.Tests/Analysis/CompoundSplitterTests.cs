using Thorbecke.Search.Analysis;

namespace Thorbecke.Search.Tests.Analysis;

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

    [Fact]
    public void Should_let_a_compound_in_a_passage_match_its_part_in_an_ask()
    {
        using var analyzer = DutchAnalysis.CreateAnalyzer(new CompoundSplitter(DutchAnalysis.FoldedWords("Maak duidelijke keuzes over de jeugdhulp")));

        var passage = DutchAnalysis.Terms(analyzer, "De jeugdhulpplicht wordt ingeperkt.");

        Assert.Contains(DutchAnalysis.Terms(analyzer, "jeugdhulp").First(), passage);
    }
}
