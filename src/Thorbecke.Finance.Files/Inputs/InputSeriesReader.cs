using System.Globalization;
using Thorbecke.Finance.Files.Csv;
using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Files.Inputs;

/// <summary>
/// Reads the economic input table: one figure per row, <c>series,year,value,source,uncertain</c>, numbers written
/// the invariant way. A new circulaire means adding or replacing rows, nothing else.
/// </summary>
public static class InputSeriesReader
{
    private static readonly string[] Columns = ["series", "year", "value", "source", "uncertain"];

    public static FileParseResult<InputSeries> Parse(string text)
    {
        var table = CsvTable.Parse(text);
        var problems = new List<FileProblem>();
        var index = Columns.ToDictionary(c => c, c => table.Column(c));
        foreach (var missing in index.Where(c => c.Value < 0 && c.Key != "uncertain"))
        {
            problems.Add(new FileProblem(table.HeaderLine, 1, missing.Key, $"de kolom '{missing.Key}' ontbreekt (verwacht: {string.Join(",", Columns)})"));
        }

        if (problems.Count > 0)
        {
            return new FileParseResult<InputSeries>(null, problems);
        }

        var figures = new Dictionary<string, Dictionary<int, Figure>>();
        foreach (var row in table.Rows)
        {
            var name = row[index["series"]];
            if (!InputSeries.Units.TryGetValue(name, out var unit))
            {
                problems.Add(Problem(row, index["series"], "series", $"onbekende reeks '{name}' (kies uit {string.Join(", ", InputSeries.Units.Keys)})"));
                continue;
            }

            var year = ParseYear(row, index["year"], problems);
            var value = ParseValue(row, index["value"], unit, problems);
            var source = row[index["source"]];
            if (source.Length == 0)
            {
                problems.Add(Problem(row, index["source"], "source", "elk cijfer heeft een bron nodig"));
            }

            if (year is null || value is null || source.Length == 0)
            {
                continue;
            }

            var series = figures.TryGetValue(name, out var existing) ? existing : figures[name] = [];
            if (!series.TryAdd(year.Value, new Figure(value.Value, source, IsUncertain(row[index["uncertain"]]))))
            {
                problems.Add(Problem(row, index["year"], "year", $"reeks '{name}' heeft al een cijfer voor {year}"));
            }
        }

        var result = new InputSeries(figures.ToDictionary(f => f.Key, f => new SourcedSeries(f.Key, f.Value)));
        return FileParseResult<InputSeries>.From(result, problems);
    }

    private static int? ParseYear(CsvRow row, int column, List<FileProblem> problems)
    {
        if (int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2100)
        {
            return year;
        }

        problems.Add(Problem(row, column, "year", $"'{row[column]}' is geen jaartal"));
        return null;
    }

    private static decimal? ParseValue(CsvRow row, int column, SeriesUnit unit, List<FileProblem> problems)
    {
        if (!decimal.TryParse(row[column], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(Problem(row, column, "value", $"'{row[column]}' is geen getal (schrijf bijvoorbeeld 1.5)"));
            return null;
        }

        var (min, max) = unit switch
        {
            SeriesUnit.Percent => (-30m, 30m),
            SeriesUnit.Millions => (0m, 2_000_000m),
            _ => (0m, 100_000_000m),
        };
        if (value < min || value > max)
        {
            problems.Add(Problem(row, column, "value", $"{row[column]} is onaannemelijk voor deze reeks (verwacht {min} tot {max})"));
            return null;
        }

        return unit switch
        {
            SeriesUnit.Percent => value / 100m,
            SeriesUnit.Millions => value * 1_000_000m,
            _ => value,
        };
    }

    private static bool IsUncertain(string text) =>
        text.Equals("ja", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1";

    private static FileProblem Problem(CsvRow row, int column, string field, string message) =>
        new(row.Line, column + 1, field, message);
}
