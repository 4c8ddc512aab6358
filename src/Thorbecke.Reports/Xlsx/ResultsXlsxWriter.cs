using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;
using Thorbecke.Reports.Tables;

namespace Thorbecke.Reports.Xlsx;

/// <summary>
/// Writes a <see cref="ScanReport"/> as an Excel workbook for analysts: a sheet "Resultaten" with one row per
/// (document, ask) in the order of the results contract, and a sheet "Matrix" with asks as rows and documents as
/// columns, coloured like the HTML report. A reviewed cell shows the reviewer's verdict, quotes and comment, marked
/// (column "Beoordeeld", ✎ in the matrix), with the machine's verdict beside it.
/// </summary>
public static class ResultsXlsxWriter
{
    public const string ResultsSheet = "Resultaten";
    public const string MatrixSheet = "Matrix";

    /// <summary>Follows a reviewed verdict in the matrix.</summary>
    public const string ReviewedMark = " ✎";

    /// <summary>The header row of the "Resultaten" sheet, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Partij", "Bestand", "Ask", "Thema", "Ask-tekst", "Oordeel", "Beoordeeld", "Oordeel machine",
        "Zekerheid machine", "Pagina's", "Citaten", "Toelichting machine", "Beoordeeld door", "Beoordeeld op (UTC)", "Opmerking",
    ];

    private static readonly double[] Widths = [20, 22, 14, 16, 60, 14, 11, 16, 10, 10, 70, 50, 16, 18, 40];

    /// <summary>Writes the workbook to <paramref name="stream"/> and leaves it open.</summary>
    public static void Write(ScanReport report, Stream stream)
    {
        var grid = ResultGrid.For(report);
        XlsxPackage.Write(stream, [Results(grid), Matrix(grid)]);
    }

    /// <summary>Writes the workbook to <paramref name="path"/>, replacing the file; its folder must exist.</summary>
    public static void WriteFile(ScanReport report, string path)
    {
        using var stream = File.Create(path);
        Write(report, stream);
    }

    private static XlsxSheet Results(ResultGrid grid)
    {
        var sheet = new XlsxSheet(ResultsSheet) { FrozenRows = 1, FilterOnHeader = true };
        sheet.Widths.AddRange(Widths);
        sheet.Add(Columns.Select(c => XlsxCell.Of(c, XlsxStyle.Header)).ToArray());
        foreach (var row in ResultRow.Of(grid))
        {
            var verdict = row.Cell.Verdict;
            sheet.Add(
                XlsxCell.Of(row.Document.Party),
                XlsxCell.Of(row.Document.File),
                XlsxCell.Of(row.Ask.Id),
                XlsxCell.Of(row.Ask.Theme),
                XlsxCell.Of(row.Ask.Text),
                XlsxCell.Of(verdict.ToDutch(), Style(verdict)),
                XlsxCell.Of(row.Reviewed, row.Cell.IsReviewed ? XlsxStyle.Bold : XlsxStyle.Plain),
                XlsxCell.Of(row.Cell.MachineVerdict.ToDutch()),
                XlsxCell.Of(row.MachineConfidence, XlsxStyle.Percent),
                XlsxCell.Of(row.Pages),
                XlsxCell.Of(row.QuoteLines, XlsxStyle.Wrap),
                XlsxCell.Of(row.MachineRationale),
                XlsxCell.Of(row.Reviewer),
                XlsxCell.Of(row.ReviewedAt),
                XlsxCell.Of(row.Comment, XlsxStyle.Wrap));
        }

        return sheet;
    }

    private static XlsxSheet Matrix(ResultGrid grid)
    {
        var sheet = new XlsxSheet(MatrixSheet) { FrozenRows = 1, FrozenColumns = 3 };
        sheet.Widths.AddRange([16, 14, 60]);
        sheet.Widths.AddRange(grid.Documents.Select(_ => 18.0));
        sheet.Add([XlsxCell.Of("Thema", XlsxStyle.Header), XlsxCell.Of("Ask", XlsxStyle.Header), XlsxCell.Of("Ask-tekst", XlsxStyle.Header),
            .. grid.Documents.Select(d => XlsxCell.Of(d.Party, XlsxStyle.Header))]);
        foreach (var ask in grid.Agenda.Asks)
        {
            var cells = grid.Documents.Select(document =>
            {
                var cell = grid.Get(document, ask);
                return XlsxCell.Of(cell.Verdict.ToDutch() + (cell.IsReviewed ? ReviewedMark : ""), Style(cell.Verdict));
            });
            sheet.Add([XlsxCell.Of(ask.Theme), XlsxCell.Of(ask.Id), XlsxCell.Of(ask.Text), .. cells]);
        }

        sheet.Add();
        sheet.Add(XlsxCell.Of("✎ = beoordeeld door een analist; het oordeel van de machine staat op het blad Resultaten."));
        return sheet;
    }

    private static XlsxStyle Style(Verdict verdict) => verdict switch
    {
        Verdict.Support => XlsxStyle.Support,
        Verdict.Partial => XlsxStyle.Partial,
        Verdict.Oppose => XlsxStyle.Oppose,
        _ => XlsxStyle.None,
    };
}
