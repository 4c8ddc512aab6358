using Thorbecke.Reports.Money;

namespace Thorbecke.Reports.Tests.Money;

public class MoneyFormatTests
{
    [Theory]
    [InlineData("41234500000", "41.234,5")]
    [InlineData("1500000", "1,5")]
    [InlineData("-1234567890", "-1.234,6")]
    [InlineData("-40000", "0,0")]
    [InlineData("0", "0,0")]
    public void Should_show_euros_as_dutch_millions(string euros, string expected) =>
        Assert.Equal(expected, MoneyFormat.Millions(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1500000", "+1,5")]
    [InlineData("-2500000", "-2,5")]
    [InlineData("-40000", "0,0")]
    public void Should_sign_differences(string euros, string expected) =>
        Assert.Equal(expected, MoneyFormat.SignedMillions(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2357.4", "€ 2.357")]
    [InlineData("2357.5", "€ 2.358")]
    [InlineData("-12.2", "€ -12")]
    public void Should_show_amounts_per_inhabitant_in_whole_euros(string euros, string expected) =>
        Assert.Equal(expected, MoneyFormat.PerInhabitant(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.0472", "4,72%")]
    [InlineData("0", "0,00%")]
    [InlineData("-0.012", "-1,20%")]
    public void Should_show_rates_as_dutch_percentages(string fraction, string expected) =>
        Assert.Equal(expected, MoneyFormat.Percent(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1000, "1.000")]
    [InlineData(41.25, "41,25")]
    [InlineData(-0.5, "-0,5")]
    [InlineData(-1e-12, "0")]
    [InlineData(-1500, "-1.500")]
    public void Should_label_axis_ticks_in_dutch(double value, string expected) =>
        Assert.Equal(expected, MoneyFormat.Tick(value));
}
