using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Scanning;
using Thorbecke.Reports.Csv;
using Thorbecke.Reports.Html;
using Thorbecke.Reports.Json;
using Thorbecke.Reports.Xlsx;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Exports;

/// <summary>
/// The export page and the downloads of the latest scan, every one with the reviewed verdicts, quotes and comments in place (see
/// docs/results-contract.md): they are written by the same writers as the CLI's outputs, from the same grid.
/// </summary>
internal static class ExportHandlers
{
    /// <summary>The query value of <c>excel</c> that asks for a CSV Excel with Dutch settings opens in columns.</summary>
    public const string DutchExcel = "nl";

    public static IResult Page(HttpContext http, ReportSource source) =>
        Html.Page(ExportPage.Render(PageContext.From(http), source.Latest()?.Agenda.Themes ?? []));

    public static IResult Json(ReportSource source) =>
        Download(source, ResultsJsonWriter.Write, "application/json", "resultaten.json");

    /// <summary>A standard CSV, or semicolons and decimal commas with <c>?excel=nl</c>.</summary>
    public static IResult Csv(ReportSource source, HttpRequest request)
    {
        var dutch = string.Equals(request.Query["excel"], DutchExcel, StringComparison.OrdinalIgnoreCase);
        var dialect = dutch ? CsvDialect.DutchExcel : CsvDialect.Standard;
        return Download(source, (report, stream) => ResultsCsvWriter.Write(report, stream, dialect), "text/csv", dutch ? "resultaten-excel-nl.csv" : "resultaten.csv");
    }

    public static IResult Xlsx(ReportSource source) =>
        Download(source, ResultsXlsxWriter.Write, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "resultaten.xlsx");

    /// <summary>The static HTML report, as <c>thorbecke report --report</c> writes it, to mail or archive.</summary>
    public static IResult Report(ReportSource source) =>
        Download(source, (report, stream) => HtmlReportWriter.Write(report, stream), "text/html; charset=utf-8", "rapport.html");

    private static IResult Download(ReportSource source, Action<ScanReport, Stream> write, string contentType, string fileName)
    {
        if (source.Latest() is not { } report)
        {
            return Results.NotFound(Api.ApiHandlers.NoScan);
        }

        // Buffered: the writers are synchronous, and Kestrel refuses synchronous writes to the response body.
        using var buffer = new MemoryStream();
        write(report, buffer);
        return Results.File(buffer.ToArray(), contentType, fileName);
    }
}
