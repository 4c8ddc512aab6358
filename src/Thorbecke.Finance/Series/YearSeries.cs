namespace Thorbecke.Finance.Series;

/// <summary>One value per calendar year: an amount in euros, a percentage or a count, depending on its use.</summary>
public sealed class YearSeries
{
    private readonly SortedDictionary<int, decimal> _values;

    public YearSeries(IEnumerable<KeyValuePair<int, decimal>> values)
    {
        _values = new SortedDictionary<int, decimal>();
        foreach (var (year, value) in values)
        {
            _values[year] = value;
        }
    }

    public static YearSeries Empty { get; } = new([]);

    /// <summary>The same value in every year from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static YearSeries Constant(int from, int to, decimal value) =>
        new(Enumerable.Range(from, to - from + 1).Select(year => KeyValuePair.Create(year, value)));

    public static YearSeries Of(params (int Year, decimal Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Year, v.Value)));

    public IEnumerable<int> Years => _values.Keys;

    public int Count => _values.Count;

    public bool Contains(int year) => _values.ContainsKey(year);

    public bool TryGet(int year, out decimal value) => _values.TryGetValue(year, out value);

    /// <summary>The value for the year, or zero when the series says nothing about it.</summary>
    public decimal ValueOrZero(int year) => _values.GetValueOrDefault(year);

    public decimal this[int year] => _values.TryGetValue(year, out var value)
        ? value
        : throw new KeyNotFoundException($"Geen waarde voor {year}.");

    /// <summary>The value for the year, or for the latest earlier year when the year itself is missing.</summary>
    public decimal? LatestAtOrBefore(int year)
    {
        decimal? latest = null;
        foreach (var (y, value) in _values)
        {
            if (y > year)
            {
                break;
            }

            latest = value;
        }

        return latest;
    }
}
