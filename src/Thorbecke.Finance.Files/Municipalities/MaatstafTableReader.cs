using System.Globalization;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Files.Csv;

namespace Thorbecke.Finance.Files.Municipalities;

/// <summary>Reads the bedragen per eenheid of a circulaire: <c>maatstaf,bpe,ozb,source</c>; for OZB rows the bpe is the rekentarief.</summary>
public static class MaatstafTableReader
{
    public static FileParseResult<IReadOnlyList<Maatstaf>> Parse(string text)
    {
        var table = CsvTable.Parse(text);
        var name = table.Column("maatstaf");
        var amount = table.Column("bpe");
        var ozb = table.Column("ozb");
        var source = table.Column("source", "bron");
        if (name < 0 || amount < 0 || source < 0)
        {
            return FileParseResult<IReadOnlyList<Maatstaf>>.Failed(new FileProblem(table.HeaderLine, 1, "", "de kolommen maatstaf, bpe en source zijn verplicht (ozb is optioneel)"));
        }

        var problems = new List<FileProblem>();
        var maatstaven = new List<Maatstaf>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var isOzb = YesNo(row[ozb]);
            if (row[name].Length == 0 || !seen.Add(row[name]))
            {
                problems.Add(new FileProblem(row.Line, name + 1, "maatstaf", row[name].Length == 0 ? "de naam van de maatstaf ontbreekt" : $"maatstaf '{row[name]}' staat er twee keer in"));
            }
            else if (isOzb is null)
            {
                problems.Add(new FileProblem(row.Line, ozb + 1, "ozb", $"'{row[ozb]}' is geen ja of nee"));
            }
            else if (!decimal.TryParse(row[amount], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bpe))
            {
                problems.Add(new FileProblem(row.Line, amount + 1, "bpe", $"'{row[amount]}' is geen getal"));
            }
            else if (row[source].Length == 0)
            {
                problems.Add(new FileProblem(row.Line, source + 1, "source", "elk bedrag per eenheid heeft een bron nodig"));
            }
            else
            {
                maatstaven.Add(new Maatstaf(row[name].ToLowerInvariant(), bpe, isOzb.Value));
            }
        }

        return FileParseResult<IReadOnlyList<Maatstaf>>.From(maatstaven, problems);
    }

    /// <summary>An OZB flag; a value that is neither yes nor no is a problem, because guessing flips the sign of the WOZ term.</summary>
    private static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "nee" or "no" or "false" or "0" => false,
        "ja" or "yes" or "true" or "1" => true,
        _ => null,
    };
}
