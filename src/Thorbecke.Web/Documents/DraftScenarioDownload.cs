using System.Text;
using Microsoft.AspNetCore.Http;
using Thorbecke.Application.Money;
using Thorbecke.Core.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Documents;

/// <summary>
/// A document's amounts as a draft scenario for the money model, the same file <c>thorbecke money find --concept</c>
/// writes: every amount an unconfirmed lever with its page and quote, against the agenda of the latest scan.
/// </summary>
internal static class DraftScenarioDownload
{
    public const string Path = "/documenten/{documentId}/conceptscenario.yaml";

    public static string Url(DocumentInfo document) => $"{ReportView.DocumentUrl(document)}/conceptscenario.yaml";

    public static IResult Serve(HttpContext http, ReportSource source, string documentId)
    {
        if (source.View() is not { } view)
        {
            return ErrorPage.NoScanFound(http);
        }

        if (view.FindDocument(documentId) is not { } info)
        {
            return ErrorPage.NotFound(http, $"Het document '{documentId}' staat niet in de laatste scan.");
        }

        var yaml = view.DraftScenario(info);
        return Results.File(Encoding.UTF8.GetBytes(yaml), "application/yaml; charset=utf-8", $"{DraftScenario.Id(info)}.yaml");
    }
}
