using System.Globalization;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Xlsx;

/// <summary>
/// Writes a <see cref="ScanReport"/> as an Excel workbook for analysts: a sheet "Resultaten" with one row per
/// (document, ask) in the order of the results contract, and a sheet "Matrix" with asks as rows and documents as
/// columns, coloured like the HTML report. A reviewed cell shows the reviewer's verdict, marked (column "Beoordeeld",
/// ✎ in the matrix), with the machine's verdict beside it.
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
        "Zekerheid machine", "Pagina's", "Citaat", "Toelichting machine", "Beoordeeld door", "Beoordeeld op (UTC)", "Opmerking",
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
        foreach (var (document, ask, result) in grid.Rows())
        {
            var review = grid.Report.ReviewOf(result.Ask, result.Document);
            var verdict = review?.Verdict ?? result.Verdict;

            // The reviewer's quotes when they picked any, otherwise the machine's (as ReviewedResult does).
            var quotes = review is { Evidence.Count: > 0 }
                ? review.Evidence.Select(e => (e.Page, e.Quote)).ToList()
                : result.Evidence.Select(e => (e.Page, e.Quote)).ToList();
            sheet.Add(
                XlsxCell.Of(document.Party),
                XlsxCell.Of(document.File),
                XlsxCell.Of(ask.Id),
                XlsxCell.Of(ask.Theme),
                XlsxCell.Of(ask.Text),
                XlsxCell.Of(verdict.ToDutch(), Style(verdict)),
                XlsxCell.Of(review is null ? "nee" : "ja", review is null ? XlsxStyle.Plain : XlsxStyle.Bold),
                XlsxCell.Of(result.Verdict.ToDutch()),
                XlsxCell.Of(Json.ResultsJsonWriter.Round(result.Confidence), XlsxStyle.Percent),
                XlsxCell.Of(string.Join("; ", quotes.Select(q => q.Page.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal))),
                XlsxCell.Of(quotes.Count > 0 ? quotes[0].Quote : ""),
                XlsxCell.Of(result.Rationale),
                XlsxCell.Of(review?.Reviewer ?? ""),
                XlsxCell.Of(review is null ? "" : review.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                XlsxCell.Of(review?.Comment ?? ""));
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
                var result = grid.Get(document, ask);
                var review = grid.Report.ReviewOf(ask.Id, document.Id);
                var verdict = review?.Verdict ?? result.Verdict;
                return XlsxCell.Of(verdict.ToDutch() + (review is null ? "" : ReviewedMark), Style(verdict));
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
