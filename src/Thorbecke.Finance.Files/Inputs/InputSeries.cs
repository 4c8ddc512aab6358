using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Files.Inputs;

/// <summary>
/// The published figures a projection reads, by series name, each with its source. Series values in files are
/// percentages, millions of euros or counts; here they are converted to fractions and euros.
/// </summary>
public sealed class InputSeries(IReadOnlyDictionary<string, SourcedSeries> series)
{
    public const string RealGdpGrowth = "bbp-volume";
    public const string GdpDeflator = "prijs-bbp";
    public const string Ngru = "ngru";
    public const string Inhabitants = "inwoners";
    public const string AlgemeneUitkering = "algemene-uitkering";

    /// <summary>The unit each series is written in, in files and in the <c>money invoer</c> listing.</summary>
    public static readonly IReadOnlyDictionary<string, SeriesUnit> Units = new Dictionary<string, SeriesUnit>
    {
        [RealGdpGrowth] = SeriesUnit.Percent,
        [GdpDeflator] = SeriesUnit.Percent,
        [Ngru] = SeriesUnit.Millions,
        [Inhabitants] = SeriesUnit.Count,
        [AlgemeneUitkering] = SeriesUnit.Millions,
    };

    public IReadOnlyDictionary<string, SourcedSeries> Series => series;

    public SourcedSeries Get(string name) => series.TryGetValue(name, out var found) ? found : new SourcedSeries(name, []);

    /// <summary>These figures, with <paramref name="overrides"/> replacing any figure for the same series and year.</summary>
    public InputSeries With(InputSeries overrides)
    {
        var merged = new Dictionary<string, SourcedSeries>(series);
        foreach (var (name, extra) in overrides.Series)
        {
            var figures = Get(name).Figures.ToDictionary(f => f.Key, f => f.Value);
            foreach (var (year, figure) in extra.Figures)
            {
                figures[year] = figure;
            }

            merged[name] = new SourcedSeries(name, figures);
        }

        return new InputSeries(merged);
    }

    /// <summary>
    /// The figures marked uncertain (an assumption, or only a secondary source) up to <paramref name="lastYear"/>: one
    /// Dutch line per series with its years, e.g. <c>prijs-bbp 2027–2030</c>, so a report can say which are assumed.
    /// </summary>
    public IReadOnlyList<string> Uncertain(int lastYear) =>
        series.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, Years: s.Value.Figures.Where(f => f.Value.Uncertain && f.Key <= lastYear).Select(f => f.Key).Order().ToList()))
            .Where(s => s.Years.Count > 0)
            .Select(s => $"{s.Key} {YearRanges(s.Years)}")
            .ToList();

    private static string YearRanges(List<int> years)
    {
        var ranges = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var end = i;
            while (end + 1 < years.Count && years[end + 1] == years[end] + 1)
            {
                end++;
            }

            ranges.Add(end == i ? $"{years[i]}" : $"{years[i]}–{years[end]}");
            i = end + 1;
        }

        return string.Join(", ", ranges);
    }

    /// <summary>The inputs of a projection that shows years from <paramref name="fromYear"/>: the base year is the latest one with a known algemene uitkering.</summary>
    public FundInputs ForProjectionFrom(int fromYear)
    {
        var fund = Get(AlgemeneUitkering);
        var baseYear = fund.Figures.Keys.Where(y => y <= fromYear).DefaultIfEmpty(0).Max();
        if (baseYear == 0)
        {
            throw new FinanceInputException($"De invoer heeft geen algemene uitkering in {fromYear} of eerder (reeks '{AlgemeneUitkering}').");
        }

        return new FundInputs(baseYear, fund.Figures[baseYear],
            new EconomicData(Get(RealGdpGrowth), Get(GdpDeflator), Get(Ngru), Get(Inhabitants)));
    }
}
