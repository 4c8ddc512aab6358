namespace Thorbecke.Reports.Xlsx;

/// <summary>A worksheet to write: rows of cells, column widths, frozen header rows and columns, and an optional filter on the header.</summary>
internal sealed class XlsxSheet(string name)
{
    public string Name => name;

    public List<IReadOnlyList<XlsxCell>> Rows { get; } = [];

    public List<double> Widths { get; } = [];

    public int FrozenRows { get; init; }

    public int FrozenColumns { get; init; }

    public bool FilterOnHeader { get; init; }

    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);

    public void Add(params XlsxCell[] cells) => Rows.Add(cells);
}
