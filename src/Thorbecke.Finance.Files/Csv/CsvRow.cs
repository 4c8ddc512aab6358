namespace Thorbecke.Finance.Files.Csv;

/// <summary>One data row of a CSV table with the line it came from, for error messages.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    public string this[int column] => column >= 0 && column < Fields.Count ? Fields[column].Trim() : "";
}
