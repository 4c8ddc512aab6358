using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Uploads;

/// <summary>The upload page and the form post that puts files in the <see cref="ScanQueue"/>.</summary>
internal static class UploadHandlers
{
    public const string Path = "/toevoegen";

    /// <summary>The query flag the page reloads itself under while a scan runs; without it the form stays as it is.</summary>
    public const string FollowKey = "volgen";

    public static IResult Show(HttpContext http, ScanQueue queue, WebAppOptions options) =>
        Html.Page(UploadPage.Render(PageContext.From(http), queue.Recent(), options.MaxUploadBytes, follow: http.Request.Query.ContainsKey(FollowKey)));

    public static async Task<IResult> Upload(HttpContext http, IFormCollection form, ScanQueue queue, WebAppOptions options)
    {
        var kind = form[UploadPage.KindField].ToString();
        var check = !DocumentKinds.IsKnown(kind) ? UploadCheck.Fail("Kies een soort document uit de lijst.")
            : queue.Waiting >= ScanQueue.MaxWaiting ? UploadCheck.Fail($"Er wachten al {queue.Waiting} uploads op de scan; probeer het over een paar minuten opnieuw.")
            : await UploadRules.ReadAsync(form.Files, options.MaxUploadBytes, http.RequestAborted);
        if (check.Files is not { } files)
        {
            return Html.Page(UploadPage.Render(PageContext.From(http), queue.Recent(), options.MaxUploadBytes, check.Error), StatusCodes.Status400BadRequest);
        }

        var party = UploadRules.CleanParty(form[UploadPage.PartyField].ToString());
        var metadata = new DocumentMetadata(Party: party, Kind: kind);
        queue.Enqueue(files, metadata, http.User.Identity!.Name!, DateTimeOffset.UtcNow);

        // No fragment: the page's self-reload would then be a jump within the page, never a fresh look at the job.
        return Results.Redirect($"{Path}?{FollowKey}=1");
    }
}
