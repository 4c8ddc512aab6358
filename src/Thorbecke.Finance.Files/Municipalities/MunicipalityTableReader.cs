using System.Globalization;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Files.Csv;

namespace Thorbecke.Finance.Files.Municipalities;

/// <summary>
/// Reads a table of municipalities: CBS code, name, inhabitants, and optionally one column per further maatstaf
/// (counts; WOZ values in euros for OZB maatstaven). Numbers are written the invariant way, without thousands separators.
/// </summary>
public static class MunicipalityTableReader
{
    private static readonly string[] CodeColumns = ["code", "cbs_code", "gm_code"];
    private static readonly string[] NameColumns = ["name", "naam", "gemeente"];
    private static readonly string[] InhabitantColumns = ["inhabitants", "inwoners"];

    public static FileParseResult<MunicipalityTable> Parse(string text)
    {
        var table = CsvTable.Parse(text);
        var code = table.Column(CodeColumns);
        var name = table.Column(NameColumns);
        var inhabitants = table.Column(InhabitantColumns);
        var problems = new List<FileProblem>();
        foreach (var (column, names) in new[] { (code, CodeColumns), (name, NameColumns), (inhabitants, InhabitantColumns) })
        {
            if (column < 0)
            {
                problems.Add(new FileProblem(table.HeaderLine, 1, names[0], $"de kolom '{names[0]}' ontbreekt (ook goed: {string.Join(", ", names.Skip(1))})"));
            }
        }

        if (problems.Count > 0)
        {
            return new FileParseResult<MunicipalityTable>(null, problems);
        }

        // Further columns are maatstaven when every row holds a number there; text columns (provincie ...) are left alone.
        var measureColumns = Enumerable.Range(0, table.Header.Count).Except([code, name, inhabitants])
            .Where(c => table.Rows.All(r => decimal.TryParse(r[c], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)))
            .ToList();
        var municipalities = new List<Municipality>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var count = Number(row, inhabitants, table.Header[inhabitants], problems);
            var measures = new Dictionary<string, decimal>();
            foreach (var column in measureColumns)
            {
                if (Number(row, column, table.Header[column], problems) is { } value)
                {
                    measures[table.Header[column].ToLowerInvariant()] = value;
                }
            }

            if (row[code].Length == 0 || row[name].Length == 0)
            {
                problems.Add(new FileProblem(row.Line, code + 1, table.Header[code], "code en naam zijn verplicht"));
            }
            else if (!seen.Add(row[code]))
            {
                problems.Add(new FileProblem(row.Line, code + 1, table.Header[code], $"gemeente {row[code]} staat er twee keer in"));
            }
            else if (count is not null)
            {
                municipalities.Add(new Municipality(row[code], row[name], count.Value, measures));
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new FileProblem(table.HeaderLine, 1, "", "de tabel bevat geen gemeenten"));
        }

        return FileParseResult<MunicipalityTable>.From(
            new MunicipalityTable(municipalities, measureColumns.Select(c => table.Header[c].ToLowerInvariant()).ToList()), problems);
    }

    private static decimal? Number(CsvRow row, int column, string header, List<FileProblem> problems)
    {
        if (decimal.TryParse(row[column], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new FileProblem(row.Line, column + 1, header, $"'{row[column]}' is geen getal (schrijf zonder punten voor duizendtallen, bijvoorbeeld 378278)"));
        return null;
    }
}
