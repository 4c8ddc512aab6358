using Thorbecke.Finance.Normering;

namespace Thorbecke.Finance.Tests.Normering;

public class TrapOpTrapAfTests
{
    [Theory]
    [InlineData(2026, "0.03")]
    [InlineData(2027, "0.03")]
    [InlineData(2028, "0.03")]
    public void Should_follow_the_growth_of_the_netto_gecorrigeerde_rijksuitgaven(int year, string expected)
    {
        var rate = new TrapOpTrapAf().RateFor(year, Economies.Simple());

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rate.Total);
        Assert.Null(rate.Volume);
    }

    [Fact]
    public void Should_pass_a_cut_in_rijksuitgaven_straight_through_to_the_fund()
    {
        var economy = Economies.Simple() with
        {
            Ngru = Economies.Series("ngru", (2025, 100 * Economies.Billion), (2026, 98 * Economies.Billion)),
        };

        Assert.Equal(-0.02m, new TrapOpTrapAf().RateFor(2026, economy).Total);
    }
}
