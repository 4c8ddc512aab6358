using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Uploads;

/// <summary>The upload page and the form post that puts files in the <see cref="ScanQueue"/>.</summary>
internal static class UploadHandlers
{
    public static IResult Show(HttpContext http, ScanQueue queue, WebAppOptions options) =>
        Html.Page(UploadPage.Render(PageContext.From(http), queue.Recent(), options.MaxUploadBytes));

    public static async Task<IResult> Upload(HttpContext http, IFormCollection form, ScanQueue queue, WebAppOptions options)
    {
        var kind = form[UploadPage.KindField].ToString();
        var check = DocumentKinds.IsKnown(kind)
            ? await UploadRules.ReadAsync(form.Files, options.MaxUploadBytes, http.RequestAborted)
            : UploadCheck.Fail("Kies een soort document uit de lijst.");
        if (check.Files is not { } files)
        {
            return Html.Page(UploadPage.Render(PageContext.From(http), queue.Recent(), options.MaxUploadBytes, check.Error), StatusCodes.Status400BadRequest);
        }

        var party = form[UploadPage.PartyField].ToString().Trim();
        var metadata = new DocumentMetadata(Party: party.Length == 0 ? null : party, Kind: kind);
        queue.Enqueue(files, metadata, http.User.Identity!.Name!, DateTimeOffset.UtcNow);

        // No fragment: the page's self-reload would then be a jump within the page, never a fresh look at the job.
        return Results.Redirect("/toevoegen");
    }
}
