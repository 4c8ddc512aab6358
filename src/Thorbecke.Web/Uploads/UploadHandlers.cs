using Microsoft.AspNetCore.Http;
using Thorbecke.Core.Documents;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Uploads;

/// <summary>The upload page, the form post that puts files in the <see cref="ScanQueue"/>, and retrying an upload.</summary>
internal static class UploadHandlers
{
    public const string Path = "/toevoegen";

    /// <summary>The query flag the page reloads itself under while a scan runs; without it the form stays as it is.</summary>
    public const string FollowKey = "volgen";

    public static string RetryPath(long id) => $"{Path}/{id}/opnieuw";

    public static IResult Show(HttpContext http, ScanQueue queue, WebAppOptions options) =>
        Html.Page(UploadPage.Render(PageContext.From(http), queue, options.MaxUploadBytes, follow: http.Request.Query.ContainsKey(FollowKey)));

    public static async Task<IResult> Upload(HttpContext http, IFormCollection form, ScanQueue queue, WebAppOptions options)
    {
        var kind = form[UploadPage.KindField].ToString();
        var party = UploadRules.CleanParty(form[UploadPage.PartyField].ToString());
        var dateText = form[UploadPage.DateField].ToString();
        var dated = DateInput.TryRead(dateText, out var date);
        var check = !DocumentKinds.IsKnown(kind) ? UploadCheck.Fail("Kies een soort document uit de lijst.")
            : !dated ? UploadCheck.Fail(DateInput.Invalid(dateText))
            : queue.Waiting >= ScanQueue.MaxWaiting ? UploadCheck.Fail($"Er wachten al {queue.Waiting} uploads op de scan; probeer het over een paar minuten opnieuw.")
            : await UploadRules.ReadAsync(form.Files, options.MaxUploadBytes, http.RequestAborted);
        if (check.RefusesAll)
        {
            // The form keeps what was typed; browsers never let a page refill the file field.
            var filled = new UploadForm(party, DocumentKinds.IsKnown(kind) ? kind : null, dateText);
            return Html.Page(UploadPage.Render(PageContext.From(http), queue, options.MaxUploadBytes, check.Problem, filled: filled), StatusCodes.Status400BadRequest);
        }

        queue.Enqueue(check.Files, check.Refused, new DocumentMetadata(Party: party, Kind: kind, Date: date), http.User.Identity!.Name!, DateTimeOffset.UtcNow);

        // No fragment: the page's self-reload would then be a jump within the page, never a fresh look at the job.
        return Results.Redirect($"{Path}?{FollowKey}=1");
    }

    /// <summary>Scans a failed or interrupted upload again from its kept files; the form post carries the antiforgery token.</summary>
    public static IResult Retry(HttpContext http, long id, IFormCollection form, ScanQueue queue, WebAppOptions options)
    {
        _ = form;
        return queue.Retry(id)
            ? Results.Redirect($"{Path}?{FollowKey}=1")
            : Html.Page(
                UploadPage.Render(PageContext.From(http), queue, options.MaxUploadBytes, $"Upload {id} kan niet opnieuw worden gescand: hij loopt nog, is klaar, of de bestanden zijn er niet meer."),
                StatusCodes.Status409Conflict);
    }
}
