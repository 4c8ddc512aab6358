using Thorbecke.Search.Analysis;
using Thorbecke.Text.Compounds;

namespace Thorbecke.Search.Tests.Analysis;

public sealed class CompoundPartsFilterTests
{
    [Fact]
    public void Should_let_a_compound_in_a_passage_match_its_part_in_an_ask()
    {
        using var analyzer = DutchAnalysis.CreateAnalyzer(new CompoundSplitter(DutchAnalysis.FoldedWords("Maak duidelijke keuzes over de jeugdhulp")));

        var passage = DutchAnalysis.Terms(analyzer, "De jeugdhulpplicht wordt ingeperkt.");

        Assert.Contains(DutchAnalysis.Terms(analyzer, "jeugdhulp").First(), passage);
    }
}
