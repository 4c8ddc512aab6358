using Thorbecke.Finance.Amounts;

namespace Thorbecke.Finance.Tests.Amounts;

public sealed class DutchAmountScannerTests
{
    [Fact]
    public void Should_find_every_amount_in_a_sentence_with_its_position()
    {
        const string text = "We trekken € 1 miljard uit voor gemeenten en 250 mln. voor provincies.";

        var found = DutchAmountScanner.FindAll(text);

        Assert.Equal(2, found.Count);
        Assert.Equal("€ 1 miljard", text.Substring(found[0].Start, found[0].Length));
        Assert.Equal(EuroAmount.Billions(1m), found[0].Amount);
        Assert.True(found[0].HasCurrency);
        Assert.Equal("250 mln.", text.Substring(found[1].Start, found[1].Length));
        Assert.False(found[1].HasCurrency);
        Assert.Equal("mln.", found[1].ScaleWord);
    }

    [Theory]
    [InlineData("in 2026 en 2027", "2026", "2027")]
    [InlineData("zie pagina 12.", "12")]
    [InlineData("een stijging van 15%", "15")]
    public void Should_find_plain_numbers_without_currency_or_scale(string text, params string[] numbers)
    {
        var found = DutchAmountScanner.FindAll(text);

        Assert.Equal(numbers, found.Select(f => text.Substring(f.Start, f.Length)));
        Assert.All(found, f => Assert.False(f.HasCurrency || f.HasScale));
    }

    [Fact]
    public void Should_read_half_a_billion_written_in_words()
    {
        const string text = "gemiddeld een half miljard euro extra";

        var found = Assert.Single(DutchAmountScanner.FindAll(text));

        Assert.Equal("half miljard euro", text.Substring(found.Start, found.Length));
        Assert.Equal(EuroAmount.Millions(500m), found.Amount);
    }

    [Fact]
    public void Should_not_read_a_range_of_years_as_a_negative_amount() =>
        Assert.DoesNotContain(DutchAmountScanner.FindAll("in de periode 2026-2029"), f => f.Amount.IsNegative);

    [Theory]
    [InlineData("de begroting – € 675 miljoen – is rond", 675_000_000)]
    [InlineData("\n- € 5 miljoen voor de bibliotheek", 5_000_000)]
    public void Should_not_read_a_dash_with_a_space_as_a_minus(string text, long euros) =>
        Assert.Equal(euros, Assert.Single(DutchAmountScanner.FindAll(text)).Amount.Euros);

    [Theory]
    [InlineData("een miljoen mensen", true)]
    [InlineData("tien miljardairs", false)]
    [InlineData("de vijftien miljoen", false)]
    [InlineData("tienduizenden mensen", false)]
    public void Should_read_number_words_only_before_a_scale(string text, bool found) =>
        Assert.Equal(found, DutchAmountScanner.FindAll(text).Any(f => f.NumberIsWord));
}
