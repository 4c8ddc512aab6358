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
            return FileParseResult<IReadOnlyList<Maatstaf>>.Failed(new FileProblem(1, 1, "", "de kolommen maatstaf, bpe en source zijn verplicht (ozb is optioneel)"));
        }

        var problems = new List<FileProblem>();
        var maatstaven = new List<Maatstaf>();
        foreach (var row in table.Rows)
        {
            if (!decimal.TryParse(row[amount], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bpe))
            {
                problems.Add(new FileProblem(row.Line, amount + 1, "bpe", $"'{row[amount]}' is geen getal"));
            }
            else if (row[source].Length == 0)
            {
                problems.Add(new FileProblem(row.Line, source + 1, "source", "elk bedrag per eenheid heeft een bron nodig"));
            }
            else
            {
                maatstaven.Add(new Maatstaf(row[name].ToLowerInvariant(), bpe, row[ozb] is "ja" or "true" or "1"));
            }
        }

        return FileParseResult<IReadOnlyList<Maatstaf>>.From(maatstaven, problems);
    }
}
