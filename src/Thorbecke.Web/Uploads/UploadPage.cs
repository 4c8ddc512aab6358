using System.Globalization;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Text;
using Thorbecke.Core.Uploads;
using Thorbecke.Ingest;
using Thorbecke.Web.Pages;
using Thorbecke.Web.Timeline;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// Adding documents: the form (for reviewers and admins) and the recent uploads with what the scan is doing with each
/// file. Right after an upload the page follows the scan, reloading itself every two seconds while a job runs; opened
/// on its own it does not, so a reload never clears a form someone is filling in.
/// </summary>
internal static class UploadPage
{
    public const string FilesField = "bestanden";
    public const string PartyField = "partij";
    public const string KindField = "soort";
    public const string DateField = "datum";

    public static string Render(PageContext page, ScanQueue queue, long maxFileBytes, string? error = null, bool follow = false, UploadForm? filled = null)
    {
        var jobs = queue.Recent();
        return Layout.Render(page, "Documenten toevoegen", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Scannen</p><h1>Documenten toevoegen</h1>");
            w.WriteLine("<p class=\"lede\">Een toegevoegd document wordt op de achtergrond gescand tegen de agenda van de laatste scan, "
                + "samen met de documenten die er al zijn. Beoordelingen blijven staan.</p></header>");
            if (error is not null)
            {
                w.WriteLine($"<section class=\"message error\" role=\"alert\"><p>{Html.E(error)}</p></section>");
            }

            if (page.MayReview)
            {
                WriteForm(w, page, maxFileBytes, filled ?? new UploadForm(null, null));
            }
            else
            {
                w.WriteLine("<p class=\"message\">U kunt alleen lezen; vraag een beheerder om documenten toe te voegen.</p>");
            }

            if (!follow && jobs.Any(j => j.IsActive))
            {
                w.WriteLine($"<p class=\"message\">Er wordt gescand. <a href=\"/toevoegen?{UploadHandlers.FollowKey}=1\">Volg de voortgang</a> (de pagina vernieuwt zich dan zelf).</p>");
            }

            WriteJobs(w, page, queue, jobs);
        }, follow && jobs.Any(j => j.IsActive) ? 2 : null);
    }

    private static void WriteForm(TextWriter w, PageContext page, long maxFileBytes, UploadForm filled)
    {
        w.WriteLine("<section class=\"block\"><h2>Nieuw document</h2>");
        w.WriteLine("<form method=\"post\" action=\"/toevoegen\" enctype=\"multipart/form-data\" class=\"review-form\">");
        w.WriteLine(page.TokenField);
        var accept = string.Join(",", DocumentReaders.Extensions);
        w.WriteLine($"<label>Bestanden ({Html.E(string.Join(", ", DocumentReaders.Extensions))}; elk hoogstens {Html.Number((int)(maxFileBytes / (1024 * 1024)))} MB)"
            + $"<input type=\"file\" name=\"{FilesField}\" accept=\"{Html.E(accept)}\" multiple required></label>");
        w.WriteLine($"<label>Partij of organisatie (leeg: afgeleid uit de bestandsnaam)<input type=\"text\" name=\"{PartyField}\" maxlength=\"100\" value=\"{Html.E(filled.Party ?? string.Empty)}\"></label>");
        w.WriteLine($"<label>Soort document<select name=\"{KindField}\">");
        foreach (var (value, label) in DocumentKinds.All)
        {
            var selected = value == filled.Kind ? " selected" : string.Empty;
            w.WriteLine($"<option value=\"{value}\"{selected}>{Html.E(label)}</option>");
        }

        w.WriteLine("</select></label>");
        w.WriteLine($"<label>Datum (van publicatie of ondertekening; leeg: uit het document zelf, als het een datum noemt)"
            + $"<input type=\"date\" name=\"{DateField}\" value=\"{Html.E(filled.Date ?? string.Empty)}\"></label>");
        w.WriteLine("<button type=\"submit\">Toevoegen en scannen</button>");
        w.WriteLine("</form></section>");
    }

    private static void WriteJobs(TextWriter w, PageContext page, ScanQueue queue, IReadOnlyList<UploadJob> jobs)
    {
        w.WriteLine("<section class=\"block\"><h2>Recent toegevoegd</h2>");
        if (jobs.Count == 0)
        {
            w.WriteLine("<p>Er is nog niets toegevoegd.</p></section>");
            return;
        }

        w.WriteLine("<table class=\"summary uploads\"><thead><tr><th>#</th><th>Bestand</th><th>Partij</th><th>Door</th><th>Tijd</th><th>Stand</th></tr></thead><tbody>");
        foreach (var job in jobs)
        {
            var upload = job.Snapshot;
            var id = upload.Id.ToString(CultureInfo.InvariantCulture);
            foreach (var (file, progress) in job.FileRows())
            {
                w.WriteLine($"<tr id=\"opdracht-{id}\" data-state=\"{StateName(upload, file, progress)}\"><td>{id}</td><td><code>{Html.E(file.Name)}</code></td>"
                    + $"<td>{Html.E(upload.Party ?? "(uit de bestandsnaam)")}{(upload.Date is { } date ? $" <small>{Html.E(Dutch.Date(date))}</small>" : "")}</td><td>{Html.E(upload.By)}</td><td>{Html.E(Html.DateTime(upload.At))}</td>"
                    + $"<td class=\"state\">{Html.E(Describe(upload, file, progress))}</td></tr>");
            }

            if (upload.Message is not null || (page.MayReview && queue.CanRetry(job)))
            {
                w.Write($"<tr class=\"job-message\" data-job=\"{id}\"><td></td><td colspan=\"5\">{Html.E(upload.Message ?? string.Empty)}");
                if (page.MayReview && queue.CanRetry(job))
                {
                    w.Write($"<form method=\"post\" action=\"{UploadHandlers.RetryPath(upload.Id)}\" class=\"inline\">{page.TokenField}<button type=\"submit\">Opnieuw scannen</button></form>");
                }

                w.WriteLine("</td></tr>");
            }
        }

        w.WriteLine("</tbody></table>");
        if (jobs.Any(j => j.Snapshot.Status == UploadStatus.Done))
        {
            w.WriteLine($"<p class=\"next\"><a href=\"{ChangesHandlers.Path}\">Wat is er nieuw?</a> De vragen waarvan de status veranderde door het nieuwste document, met de citaten.</p>");
        }

        w.WriteLine("</section>");
    }

    /// <summary>
    /// A file is "klaar" or "mislukt" only once its upload is: until the scan's run is finished, the matrix and the
    /// error list do not show it yet, and the page must not promise more than they do.
    /// </summary>
    private static string StateName(Upload upload, UploadFile file, ScanProgress? progress) => (file.Outcome, progress?.Stage, upload.Status) switch
    {
        (UploadFileOutcome.Refused, _, _) => "geweigerd",
        (_, _, UploadStatus.Waiting or UploadStatus.Scanning) => "bezig",
        (_, ScanStage.Failed, _) or (UploadFileOutcome.Failed, null, _) => "mislukt",
        (_, ScanStage.Done, _) or (UploadFileOutcome.Done, null, _) => "klaar",
        (_, _, UploadStatus.Interrupted) => "onderbroken",
        (_, _, UploadStatus.Failed) => "mislukt",
        _ => "bezig",
    };

    private static string Describe(Upload upload, UploadFile file, ScanProgress? progress) => (file.Outcome, progress?.Stage) switch
    {
        (UploadFileOutcome.Refused, _) => $"geweigerd: {file.Detail}",
        (UploadFileOutcome.Done, null) => $"klaar ({file.Detail})",
        (UploadFileOutcome.Failed, null) => $"mislukt: {file.Detail}",
        (_, ScanStage.Reading) => "bezig: lezen",
        (_, ScanStage.Matching) => $"bezig: vragen beoordelen ({progress!.Detail})",
        (_, ScanStage.Done) => $"klaar ({progress!.Detail})",
        (_, ScanStage.Failed) => $"mislukt: {progress!.Detail}",
        _ => upload.Status switch
        {
            UploadStatus.Waiting => "wacht op de scan",
            UploadStatus.Scanning => "bezig",
            UploadStatus.Interrupted => "onderbroken",
            UploadStatus.Failed => "mislukt",
            _ => "klaar",
        },
    };
}
