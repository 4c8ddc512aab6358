namespace Thorbecke.Finance.Series;

/// <summary>A named series of published figures, one per year, each with its own source.</summary>
public sealed class SourcedSeries
{
    private readonly SortedDictionary<int, Figure> _figures;

    public SourcedSeries(string name, IEnumerable<KeyValuePair<int, Figure>> figures)
    {
        Name = name;
        _figures = new SortedDictionary<int, Figure>();
        foreach (var (year, figure) in figures)
        {
            _figures[year] = figure;
        }
    }

    public string Name { get; }

    public IReadOnlyDictionary<int, Figure> Figures => _figures;

    public YearSeries Values => new(_figures.Select(f => KeyValuePair.Create(f.Key, f.Value.Value)));

    public Figure? For(int year) => _figures.GetValueOrDefault(year);
}
