using ScottPlot;
using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Projection;

namespace Thorbecke.Reports.Money;

/// <summary>The charts of the gemeentefonds model, with Dutch titles and labels.</summary>
public static class MoneyCharts
{
    private const string YearLabel = "Jaar";

    /// <summary>Every chart the report has data for, in the order the report shows them.</summary>
    public static IReadOnlyList<MoneyChart> For(MoneyReport report)
    {
        var charts = new List<MoneyChart> { FundSize(report.Comparison) };
        if (report.IsComparison)
        {
            charts.Add(DifferenceWithBaseline(report.Comparison));
        }

        if (report.Municipality is { Scenarios.Count: > 1 } municipality)
        {
            charts.Add(Municipality(municipality));
        }

        if (report.Balance is { Count: > 0 } balance)
        {
            charts.Add(Balance(balance));
        }

        return charts;
    }

    /// <summary>The fund per year, one line per scenario, in € mld.</summary>
    public static MoneyChart FundSize(ScenarioComparison comparison)
    {
        const string title = "Algemene uitkering per scenario";
        return new MoneyChart("fondsomvang", title, () =>
        {
            var plot = ChartStyle.Create(title, YearLabel, "Algemene uitkering (€ mld)");
            var years = comparison.Years;
            for (var i = 0; i < comparison.Projections.Count; i++)
            {
                var projection = comparison.Projections[i];
                var line = plot.Add.ScatterLine(
                    years.Select(y => (double)y).ToArray(),
                    years.Select(y => (double)(projection.For(y).Total / MoneyFormat.Billion)).ToArray(),
                    ChartStyle.Colour(i));
                line.LineWidth = 2.5f;
                line.MarkerSize = 7;
                line.MarkerShape = MarkerShape.FilledCircle;
                line.LegendText = projection.Scenario.Title;
            }

            ChartStyle.YearTicks(plot, years);
            ChartStyle.LegendBelow(plot);
            return plot;
        });
    }

    /// <summary>Each scenario's fund minus the baseline's per year, as grouped bars in € mln.</summary>
    public static MoneyChart DifferenceWithBaseline(ScenarioComparison comparison)
    {
        var title = $"Verschil met {comparison.Baseline.Scenario.Title}";
        return new MoneyChart("verschil-met-basis", title, () =>
        {
            var plot = ChartStyle.Create(title, YearLabel, "Verschil (€ mln)");
            var series = comparison.Projections
                .Select((projection, index) => (index, projection))
                .Skip(1)
                .Select(s => new BarSeries(s.projection.Scenario.Title, s.index,
                    comparison.Years.Select(y => comparison.Difference(s.projection, y) / MoneyFormat.Million).ToList()))
                .ToList();
            GroupedBars(plot, comparison.Years, series);
            return plot;
        });
    }

    /// <summary>One municipality's algemene uitkering under each scenario minus the baseline's, per year, in € mln.</summary>
    public static MoneyChart Municipality(MunicipalEffect effect)
    {
        var title = $"{effect.Heading}: verschil met {effect.Scenarios[0].Title}";
        return new MoneyChart("gemeente", title, () =>
        {
            var plot = ChartStyle.Create(title, YearLabel, "Verschil algemene uitkering (€ mln)");
            var years = effect.Years.Select(y => y.Year).ToList();
            var series = Enumerable.Range(1, effect.Scenarios.Count - 1)
                .Select(i => new BarSeries(effect.Scenarios[i].Title, i,
                    effect.Years.Select(y => y.Difference(i) / MoneyFormat.Million).ToList()))
                .ToList();
            GroupedBars(plot, years, series);
            return plot;
        });
    }

    /// <summary>
    /// The disbalans per domain and year, stacked, in € mln: shortfalls stack upwards from zero, domains where the
    /// money outgrows the costs stack downwards.
    /// </summary>
    public static MoneyChart Balance(IReadOnlyList<BalanceYear> balance)
    {
        const string title = "Disbalans tussen taken en middelen per domein";
        return new MoneyChart("disbalans", title, () =>
        {
            var plot = ChartStyle.Create(title, YearLabel, "Tekort (€ mln)");
            var domains = balance.Count == 0 ? [] : balance[0].Costs.Keys.ToList();
            var up = balance.ToDictionary(b => b.Year, _ => 0.0);
            var down = balance.ToDictionary(b => b.Year, _ => 0.0);
            for (var d = 0; d < domains.Count; d++)
            {
                var bars = new List<Bar>();
                foreach (var year in balance)
                {
                    var gap = (double)(year.Gap(domains[d]) / MoneyFormat.Million);
                    var stack = gap >= 0 ? up : down;
                    var start = stack[year.Year];
                    stack[year.Year] = start + gap;
                    bars.Add(new Bar { Position = year.Year, ValueBase = start, Value = start + gap, Size = 0.6, FillColor = ChartStyle.DomainColour(d) });
                }

                plot.Add.Bars(bars).LegendText = domains[d];
            }

            plot.Add.HorizontalLine(0, 1, Colors.Black);
            ChartStyle.YearTicks(plot, balance.Select(b => b.Year).ToList());
            ChartStyle.LegendBelow(plot);
            return plot;
        });
    }

    /// <summary>Bars side by side within each year, one colour per scenario, with a zero line.</summary>
    private static void GroupedBars(Plot plot, IReadOnlyList<int> years, IReadOnlyList<BarSeries> series)
    {
        var group = 0.8;
        var width = group / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var offset = (-group / 2) + (width * (s + 0.5));
            var bars = years
                .Select((year, i) => new Bar
                {
                    Position = year + offset,
                    Value = (double)series[s].Values[i],
                    Size = width * 0.92,
                    FillColor = ChartStyle.Colour(series[s].Colour),
                })
                .ToList();
            plot.Add.Bars(bars).LegendText = series[s].Label;
        }

        plot.Add.HorizontalLine(0, 1, Colors.Black);
        ChartStyle.YearTicks(plot, years);
        ChartStyle.LegendBelow(plot);
    }

    private sealed record BarSeries(string Label, int Colour, IReadOnlyList<decimal> Values);
}
