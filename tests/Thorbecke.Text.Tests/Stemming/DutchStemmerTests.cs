using Thorbecke.Text.Stemming;

namespace Thorbecke.Text.Tests.Stemming;

public sealed class DutchStemmerTests
{
    [Theory]
    [InlineData("gemeenten", "gemeente")]
    [InlineData("structurele", "structureel")]
    [InlineData("woningen", "woning")]
    [InlineData("investeringen", "investering")]
    public void Should_give_inflected_forms_one_stem(string word, string other) =>
        Assert.Equal(DutchStemmer.Stem(other), DutchStemmer.Stem(word));

    [Theory]
    [InlineData("gemeente", "gemeentefonds")]
    [InlineData("zorg", "bezorgd")]
    public void Should_keep_different_words_apart(string word, string other) =>
        Assert.NotEqual(DutchStemmer.Stem(other), DutchStemmer.Stem(word));

    [Fact]
    public void Should_stem_alike_on_every_thread()
    {
        var words = Enumerable.Repeat(new[] { "gemeenten", "structurele", "voorzieningen", "wachtlijsten" }, 200).SelectMany(w => w).ToArray();
        var expected = words.Select(DutchStemmer.Stem).ToArray();

        var stems = words.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(DutchStemmer.Stem).ToArray();

        Assert.Equal(expected, stems);
    }
}
