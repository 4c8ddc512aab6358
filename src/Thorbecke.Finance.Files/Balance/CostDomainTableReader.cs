using System.Globalization;
using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Files.Csv;
using Thorbecke.Finance.Series;

namespace Thorbecke.Finance.Files.Balance;

/// <summary>
/// Reads the analyst's cost table for taken versus middelen: one row per domain, its cost in the base year in
/// millions of euros, then one column per year with the cost growth in percent:
/// <c>domein,kosten,2026,2027</c> / <c>jeugd,7400,6.0,5.5</c>.
/// </summary>
public static class CostDomainTableReader
{
    public static FileParseResult<IReadOnlyList<CostDomain>> Parse(string text)
    {
        var table = CsvTable.Parse(text);
        var name = table.Column("domein", "domain");
        var cost = table.Column("kosten", "cost");
        if (name < 0 || cost < 0)
        {
            return FileParseResult<IReadOnlyList<CostDomain>>.Failed(new FileProblem(table.HeaderLine, 1, "", "de kolommen 'domein' en 'kosten' zijn verplicht, daarna één kolom per jaar"));
        }

        var problems = new List<FileProblem>();
        var years = new List<(int Column, int Year)>();
        for (var column = 0; column < table.Header.Count; column++)
        {
            if (column == name || column == cost || table.Header[column].Equals("bron", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (int.TryParse(table.Header[column], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
            {
                years.Add((column, year));
            }
            else
            {
                problems.Add(new FileProblem(table.HeaderLine, column + 1, table.Header[column], "een kolom na 'kosten' moet een jaartal zijn"));
            }
        }

        var domains = new List<CostDomain>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var baseCost = Number(row, cost, "kosten", 0m, 200_000m, problems);
            var growth = years
                .Select(y => (y.Year, Value: Number(row, y.Column, y.Year.ToString(CultureInfo.InvariantCulture), -50m, 100m, problems)))
                .Where(g => g.Value is not null)
                .Select(g => KeyValuePair.Create(g.Year, g.Value!.Value / 100m))
                .ToList();
            if (row[name].Length == 0)
            {
                problems.Add(new FileProblem(row.Line, name + 1, "domein", "de naam van het domein ontbreekt"));
            }
            else if (!seen.Add(row[name]))
            {
                problems.Add(new FileProblem(row.Line, name + 1, "domein", $"domein '{row[name]}' staat er twee keer in"));
            }
            else if (baseCost is not null)
            {
                domains.Add(new CostDomain(row[name], baseCost.Value * 1_000_000m, new YearSeries(growth)));
            }
        }

        return FileParseResult<IReadOnlyList<CostDomain>>.From(domains, problems);
    }

    private static decimal? Number(CsvRow row, int column, string field, decimal min, decimal max, List<FileProblem> problems)
    {
        if (!decimal.TryParse(row[column], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new FileProblem(row.Line, column + 1, field, $"'{row[column]}' is geen getal"));
            return null;
        }

        if (value < min || value > max)
        {
            problems.Add(new FileProblem(row.Line, column + 1, field, $"{row[column]} is onaannemelijk (verwacht {min} tot {max})"));
            return null;
        }

        return value;
    }
}
