using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Normering;
using Thorbecke.Finance.Projection;
using Thorbecke.Finance.Series;
using static Thorbecke.Finance.Tests.Economies;

namespace Thorbecke.Finance.Tests.Balance;

public class TaskBalanceTests
{
    [Fact]
    public void Should_show_the_gap_when_costs_outgrow_the_fund()
    {
        // The fund grows 3% a year; jeugd costs 10 billion in 2025 and grows 6%, Wmo 5 billion growing 3%.
        var projection = FundModel.Project(new Scenario("t", "T", new TrapOpTrapAf(), 2026, 2027, []), Fund40Billion());
        var domains = new[]
        {
            new CostDomain("jeugd", 10 * Billion, YearSeries.Of((2026, 0.06m), (2027, 0.06m))),
            new CostDomain("wmo", 5 * Billion, YearSeries.Of((2026, 0.03m), (2027, 0.03m))),
        };

        var years = TaskBalance.Compute(projection, domains);

        Assert.Equal([2026, 2027], years.Select(y => y.Year));
        Assert.Equal(0.3m * Billion, years[0].Gap("jeugd"));
        Assert.Equal(0m, years[0].Gap("wmo"));
        // 10 x 1.06^2 - 10 x 1.03^2 = 11.236 - 10.609 = 0.627 billion.
        Assert.Equal(0.627m * Billion, years[1].TotalGap);
    }
}
