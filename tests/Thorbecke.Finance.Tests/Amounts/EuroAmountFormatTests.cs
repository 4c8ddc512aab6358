using Thorbecke.Finance.Amounts;

namespace Thorbecke.Finance.Tests.Amounts;

public sealed class EuroAmountFormatTests
{
    public static TheoryData<decimal, string> CanonicalForms => new()
    {
        { 1_500_000_000m, "€ 1,5 miljard" },
        { 728_000_000m, "€ 728 miljoen" },
        { 2_357.50m, "€ 2.357,50" },
        { 300_000m, "€ 300.000" },
        { 0m, "€ 0" },
        { 0.5m, "€ 0,50" },
        { 1_000_000m, "€ 1 miljoen" },
        { 2_357_000_000m, "€ 2,357 miljard" },
        { 1_234_500_000m, "€ 1.234,5 miljoen" },
        { 1_234_567.89m, "€ 1.234.567,89" },
        { 1_000_001m, "€ 1.000.001" },
        { 1_200_000_000_000m, "€ 1,2 biljoen" },
        { -675_000_000m, "€ -675 miljoen" },
        { -2_357.5m, "€ -2.357,50" },
        { 0.001m, "€ 0,001" },
    };

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void Should_print_the_shortest_dutch_form(decimal euros, string expected) =>
        Assert.Equal(expected, new EuroAmount(euros).ToDutchString());

    [Fact]
    public void Should_print_itself_as_dutch_text() =>
        Assert.Equal("€ 750 miljoen", EuroAmount.Millions(750m).ToString());

    [Fact]
    public void Should_convert_between_millions_and_billions()
    {
        Assert.Equal(EuroAmount.Billions(1.5m), EuroAmount.Millions(1_500m));
        Assert.Equal(1_500m, EuroAmount.Billions(1.5m).InMillions);
        Assert.Equal(0.75m, EuroAmount.Millions(750m).InBillions);
        Assert.Equal(EuroAmount.Millions(250m), EuroAmount.Billions(1m) - EuroAmount.Millions(750m));
        Assert.True((-EuroAmount.Millions(1m)).IsNegative);
    }

    [Fact]
    public void Should_read_back_every_amount_with_cents_exactly()
    {
        var random = new Random(20251029);
        for (var i = 0; i < 20_000; i++)
        {
            AssertRoundTrip(new EuroAmount(RandomCents(random)));
        }
    }

    [Fact]
    public void Should_read_back_round_amounts_at_every_scale_exactly()
    {
        var random = new Random(4);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = random.Next(1, 100_000);
            var power = random.Next(0, 16);
            var euros = digits * Pow10(power) / Pow10(random.Next(0, 3));
            AssertRoundTrip(new EuroAmount(random.Next(2) == 0 ? euros : -euros));
        }
    }

    [Theory]
    [InlineData("1234567.89")]
    [InlineData("0.01")]
    [InlineData("-0.01")]
    [InlineData("999.99")]
    [InlineData("1000")]
    [InlineData("999999.99")]
    [InlineData("1000000.01")]
    [InlineData("1234567890123.45")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("792281625142643375935439503.35")]
    [InlineData("0.0000000000000000000000000001")]
    public void Should_read_back_odd_amounts_exactly(string euros) =>
        AssertRoundTrip(new EuroAmount(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

    private static void AssertRoundTrip(EuroAmount amount)
    {
        var text = amount.ToDutchString();

        Assert.True(EuroAmount.TryParseDutch(text, out var back), $"'{text}' ({amount.Euros}) leest niet terug");
        Assert.Equal(amount, back);
    }

    /// <summary>Amounts with cents spread over every order of magnitude from cents to tens of billions.</summary>
    private static decimal RandomCents(Random random)
    {
        var magnitude = random.Next(0, 13);
        var cents = random.NextInt64(0, 100 * (long)Math.Pow(10, magnitude) + 1);
        return (random.Next(4) == 0 ? -cents : cents) / 100m;
    }

    private static decimal Pow10(int power)
    {
        var value = 1m;
        for (var i = 0; i < power; i++)
        {
            value *= 10m;
        }

        return value;
    }
}
