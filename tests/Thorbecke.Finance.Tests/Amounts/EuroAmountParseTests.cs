using Thorbecke.Finance.Amounts;

namespace Thorbecke.Finance.Tests.Amounts;

public sealed class EuroAmountParseTests
{
    public static TheoryData<string, decimal> DutchAmounts => new()
    {
        { "€ 1,5 miljard", 1_500_000_000m },
        { "€1,5 mld", 1_500_000_000m },
        { "1.234,5 mln", 1_234_500_000m },
        { "EUR 750 miljoen", 750_000_000m },
        { "€728 mln", 728_000_000m },
        { "€ 2.357", 2_357m },
        { "€ 2.357,50", 2_357.50m },
        { "750 miljoen euro", 750_000_000m },
        { "1 miljard", 1_000_000_000m },
        { "€ 0,5 miljard", 500_000_000m },
        { "4 miljard euro", 4_000_000_000m },
        { "€ 300.000", 300_000m },
        { "1,2 miljard", 1_200_000_000m },
        { "€ 15 mln.", 15_000_000m },
        { "1 biljoen", 1_000_000_000_000m },
        { "600 duizend euro", 600_000m },
        { "€ 1.234.567,89", 1_234_567.89m },
        { "€ 5,-", 5m },
        { "3 mrd", 3_000_000_000m },
        { "€ 2 miljard EUR", 2_000_000_000m },
        { "12,5 miljard euro's", 12_500_000_000m },
        { "een miljard euro", 1_000_000_000m },
        { "anderhalf miljoen", 1_500_000m },
        { "half miljard", 500_000_000m },
        { "twintig miljoen euro", 20_000_000m },
        { "  € 75 miljoen\n", 75_000_000m },
        { "€\u00a0675\u00a0miljoen", 675_000_000m },
        { "300000", 300_000m },
    };

    [Theory]
    [MemberData(nameof(DutchAmounts))]
    public void Should_read_the_ways_dutch_texts_write_amounts(string text, decimal euros)
    {
        Assert.True(EuroAmount.TryParseDutch(text, out var amount));
        Assert.Equal(euros, amount.Euros);
        Assert.Equal(new EuroAmount(euros), EuroAmount.ParseDutch(text));
    }

    public static TheoryData<string, decimal> DotsAndCommas => new()
    {
        // A dot before exactly three digits groups thousands, as in Dutch.
        { "1.234", 1_234m },
        { "€ 1.234 miljoen", 1_234_000_000m },
        // Any other dot can only be a decimal point.
        { "1.5 miljard", 1_500_000_000m },
        { "€ 4.25 mln", 4_250_000m },
        { "0.75 miljard", 750_000_000m },
        { "1,234 miljard", 1_234_000_000m },
    };

    [Theory]
    [MemberData(nameof(DotsAndCommas))]
    public void Should_read_a_dot_as_thousands_only_before_exactly_three_digits(string text, decimal euros) =>
        Assert.Equal(euros, EuroAmount.ParseDutch(text).Euros);

    public static TheoryData<string, decimal> NegativeAmounts => new()
    {
        { "-€ 675 miljoen", -675_000_000m },
        { "€ -675 mln", -675_000_000m },
        { "€-675 mln", -675_000_000m },
        { "−€ 1,5 miljard", -1_500_000_000m },
        { "-200 miljoen", -200_000_000m },
    };

    [Theory]
    [MemberData(nameof(NegativeAmounts))]
    public void Should_read_a_minus_sign_before_or_after_the_euro_sign(string text, decimal euros) =>
        Assert.Equal(euros, EuroAmount.ParseDutch(text).Euros);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("€")]
    [InlineData("miljard")]
    [InlineData("1,2,3 miljoen")]
    [InlineData("1.234.5")]
    [InlineData("€ 1,5 miljard en € 2 miljard")]
    [InlineData("15%")]
    [InlineData("een")]
    [InlineData("- € 5 miljoen")]
    [InlineData("1,5 miljardair")]
    public void Should_reject_text_that_is_not_exactly_one_amount(string text)
    {
        Assert.False(EuroAmount.TryParseDutch(text, out var amount));
        Assert.Equal(EuroAmount.Zero, amount);
    }

    [Fact]
    public void Should_reject_null() => Assert.False(EuroAmount.TryParseDutch(null, out _));

    [Fact]
    public void Should_name_the_text_in_a_dutch_message_when_parsing_fails()
    {
        var error = Assert.Throws<FormatException>(() => EuroAmount.ParseDutch("ongeveer veel geld"));

        Assert.Contains("'ongeveer veel geld'", error.Message, StringComparison.Ordinal);
        Assert.Contains("geen bedrag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_an_amount_too_large_for_a_decimal() =>
        Assert.False(EuroAmount.TryParseDutch("99999999999999999999 biljoen", out _));

    [Fact]
    public void Should_not_depend_on_the_thread_culture()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "en-US", "nl-NL", "de-DE", "" })
            {
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(name);

                Assert.Equal(2_357.50m, EuroAmount.ParseDutch("€ 2.357,50").Euros);
                Assert.Equal("€ 2.357,50", new EuroAmount(2_357.50m).ToDutchString());
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }
}
