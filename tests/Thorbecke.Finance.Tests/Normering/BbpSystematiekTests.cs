using Thorbecke.Finance.Normering;

namespace Thorbecke.Finance.Tests.Normering;

public class BbpSystematiekTests
{
    [Theory]
    // 2026 averages 2017..2024 = (1+..+8)/8 = 4.5%; 2027 averages 2018..2025 = (2+..+9)/8 = 5.5%.
    [InlineData(2026, "0.045")]
    [InlineData(2027, "0.055")]
    [InlineData(2028, "0.065")]
    public void Should_average_real_growth_over_the_eight_years_t_minus_9_to_t_minus_2(int year, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            BbpSystematiek.VolumePart(year, Economies.Simple()));
    }

    [Theory]
    // (1.045 x 1.02) - 1 = 0.0659 ; 0.045 + 0.02 = 0.065.
    [InlineData(PartsCombination.Multiplied, "0.0659")]
    [InlineData(PartsCombination.Added, "0.065")]
    public void Should_combine_volume_and_the_deflator_of_the_year_itself(PartsCombination combination, string expected)
    {
        var rate = new BbpSystematiek(combination).RateFor(2026, Economies.Simple());

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rate.Total);
        Assert.Equal(0.045m, rate.Volume);
        Assert.Equal(0.02m, rate.Price);
    }

    [Fact]
    public void Should_name_the_series_and_year_that_are_missing()
    {
        var error = Assert.Throws<FinanceInputException>(() => new BbpSystematiek().RateFor(2030, Economies.Simple()));

        Assert.Contains("bbp-volume", error.Message);
        Assert.Contains("2027", error.Message);
    }
}
