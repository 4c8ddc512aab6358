using Microsoft.AspNetCore.Http;
using Thorbecke.Reports.Json;
using Thorbecke.Reports.Money;

namespace Thorbecke.Web.Pages;

/// <summary>
/// One stylesheet: the static report's report.css (so the app and the mailed report look alike), the money report's
/// rules, then the app's own web.css. Served as a file because the CSP allows no inline styles.
/// </summary>
internal static class Stylesheet
{
    public const string Path = "/stijl.css";

    private static readonly Lazy<string> Css = new(() =>
        Load(typeof(ResultsJsonWriter).Assembly, "Thorbecke.Reports.Html.report.css") + "\n" + MoneyReportWriter.Styles + "\n" + Load(typeof(Stylesheet).Assembly, "Thorbecke.Web.Pages.web.css"));

    public static IResult Serve(HttpContext http)
    {
        // The stylesheet changes only with a new build, unlike the pages, which must never be cached.
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Text(Css.Value, "text/css; charset=utf-8");
    }

    private static string Load(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
