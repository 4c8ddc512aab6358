using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Scanning;
using Thorbecke.Reports.Csv;
using Thorbecke.Reports.Json;
using Thorbecke.Reports.Xlsx;

namespace Thorbecke.Web;

/// <summary>Downloads of the latest scan, every one with the reviewed verdicts in place (see docs/results-contract.md).</summary>
internal static class Exports
{
    public static IResult Json(ReportSource source) =>
        Download(source, ResultsJsonWriter.Write, "application/json", "resultaten.json");

    public static IResult Csv(ReportSource source) =>
        Download(source, ResultsCsvWriter.Write, "text/csv", "resultaten.csv");

    public static IResult Xlsx(ReportSource source) =>
        Download(source, ResultsXlsxWriter.Write, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "resultaten.xlsx");

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
