using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;
using Thorbecke.Ingest;
using Thorbecke.Web.Uploads;

namespace Thorbecke.Web.Pages;

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

    public static string Render(PageContext page, IReadOnlyList<UploadJob> jobs, long maxFileBytes, string? error = null, bool follow = false) =>
        Layout.Render(page, "Documenten toevoegen", w =>
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
                WriteForm(w, page, maxFileBytes);
            }
            else
            {
                w.WriteLine("<p class=\"message\">U kunt alleen lezen; vraag een beheerder om documenten toe te voegen.</p>");
            }

            if (!follow && jobs.Any(j => j.IsActive))
            {
                w.WriteLine($"<p class=\"message\">Er wordt gescand. <a href=\"/toevoegen?{UploadHandlers.FollowKey}=1\">Volg de voortgang</a> (de pagina vernieuwt zich dan zelf).</p>");
            }

            WriteJobs(w, jobs);
        }, follow && jobs.Any(j => j.IsActive) ? 2 : null);

    private static void WriteForm(TextWriter w, PageContext page, long maxFileBytes)
    {
        w.WriteLine("<section class=\"block\"><h2>Nieuw document</h2>");
        w.WriteLine("<form method=\"post\" action=\"/toevoegen\" enctype=\"multipart/form-data\" class=\"review-form\">");
        w.WriteLine(page.TokenField);
        var accept = string.Join(",", DocumentReaders.Extensions);
        w.WriteLine($"<label>Bestanden ({Html.E(string.Join(", ", DocumentReaders.Extensions))}; elk hoogstens {Html.Number((int)(maxFileBytes / (1024 * 1024)))} MB)"
            + $"<input type=\"file\" name=\"{FilesField}\" accept=\"{Html.E(accept)}\" multiple required></label>");
        w.WriteLine($"<label>Partij of organisatie (leeg: afgeleid uit de bestandsnaam)<input type=\"text\" name=\"{PartyField}\" maxlength=\"100\"></label>");
        w.WriteLine($"<label>Soort document<select name=\"{KindField}\">");
        foreach (var (value, label) in DocumentKinds.All)
        {
            w.WriteLine($"<option value=\"{value}\">{Html.E(label)}</option>");
        }

        w.WriteLine("</select></label>");
        w.WriteLine("<button type=\"submit\">Toevoegen en scannen</button>");
        w.WriteLine("</form></section>");
    }

    private static void WriteJobs(TextWriter w, IReadOnlyList<UploadJob> jobs)
    {
        w.WriteLine("<section class=\"block\"><h2>Recent toegevoegd</h2>");
        if (jobs.Count == 0)
        {
            w.WriteLine("<p>Sinds de start van de webapp is niets toegevoegd.</p></section>");
            return;
        }

        w.WriteLine("<table class=\"summary uploads\"><thead><tr><th>#</th><th>Bestand</th><th>Partij</th><th>Door</th><th>Tijd</th><th>Stand</th></tr></thead><tbody>");
        foreach (var job in jobs)
        {
            foreach (var (file, progress) in job.FileProgress())
            {
                w.WriteLine($"<tr id=\"opdracht-{Html.Number(job.Id)}\" data-state=\"{StateName(job, progress)}\"><td>{Html.Number(job.Id)}</td><td><code>{Html.E(file)}</code></td>"
                    + $"<td>{Html.E(job.Metadata.Party ?? "(uit de bestandsnaam)")}</td><td>{Html.E(job.By)}</td><td>{Html.E(Html.DateTime(job.At))}</td>"
                    + $"<td class=\"state\">{Html.E(Describe(job, progress))}</td></tr>");
            }

            if (job.Message is { } message)
            {
                w.WriteLine($"<tr class=\"job-message\"><td></td><td colspan=\"5\">{Html.E(message)}</td></tr>");
            }
        }

        w.WriteLine("</tbody></table></section>");
    }

    private static string StateName(UploadJob job, ScanProgress? progress) => progress?.Stage switch
    {
        ScanStage.Failed => "mislukt",
        ScanStage.Done => "klaar",
        _ when job.State == UploadState.Failed => "mislukt",
        _ when job.State == UploadState.Done => "klaar",
        _ => "bezig",
    };

    private static string Describe(UploadJob job, ScanProgress? progress) => progress?.Stage switch
    {
        ScanStage.Reading => "bezig: lezen",
        ScanStage.Matching => $"bezig: vragen beoordelen ({progress.Detail})",
        ScanStage.Done => $"klaar ({progress.Detail})",
        ScanStage.Failed => $"mislukt: {progress.Detail}",
        _ => job.State switch
        {
            UploadState.Waiting => "wacht op de scan",
            UploadState.Scanning => "bezig",
            UploadState.Failed => "mislukt",
            _ => "klaar",
        },
    };
}
