using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Thorbecke.Application.Projects;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Text;
using Thorbecke.Core.Uploads;
using Thorbecke.Storage.Homes;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// Scans uploads one at a time in the background. Each upload makes a new run: the documents of the project (from
/// their stored pages, their results reused) plus the uploaded files, against the latest run's agenda, or the built-in
/// VNG agenda when the database has no scan yet. Reviews are kept per ask and document, so they survive.
/// </summary>
internal sealed partial class ScanWorker(ScanQueue queue, ProjectHome home, ILogger<ScanWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            // The scanner is synchronous, CPU-bound work; off the request threads.
            await Task.Run(() => Scan(job, stoppingToken), stoppingToken);
        }
    }

    private void Scan(UploadJob job, CancellationToken stoppingToken)
    {
        // Another app instance on the same database may have taken it; an upload is scanned once.
        if (!home.Store.ClaimUpload(job.Id))
        {
            return;
        }

        // Held while it is scanned, so an instance that starts meanwhile does not mark it interrupted.
        using var held = home.Store.HoldUpload(job.Id);

        job.Start();
        queue.Save(job);
        try
        {
            var scan = new ProjectScan(home.Store, home.Originals, home.LlmCache);
            if (scan.JoiningSettings() is not { } settings)
            {
                // Re-judging every document with the plain engine would silently replace a scan made with a
                // thesaurus or a language model before projects kept their settings.
                job.Fail($"De laatste scan is gemaakt met andere instellingen (engine {home.Store.LoadLatestReport()?.EngineVersion}) dan de webapp kent, "
                    + "bijvoorbeeld met een eigen thesaurus of een taalmodel. Scan opnieuw met 'thorbecke scan' met dezelfde instellingen; daarna gebruikt de webapp ze ook.");
                return;
            }

            var names = job.Snapshot.Scannable.Select(f => f.Name).ToList();
            if (queue.Inbox.Load(job.Id, names.Count) is not { } contents)
            {
                job.Fail("De bestanden van deze upload zijn niet meer op de server; voeg ze opnieuw toe.");
                return;
            }

            var joining = scan.Joining([.. names.Zip(contents)], new DocumentMetadata(Party: job.Snapshot.Party, Kind: job.Snapshot.Kind, Date: job.Snapshot.Date));
            job.StartsAt(joining.Stored);
            var report = scan.Run(joining.Agenda, joining.Inputs, settings, job, stoppingToken);

            job.Finish(u => Summary(u, report.Documents.Count), report.Notices);
            queue.Inbox.Discard(job.Id);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Interrupt(ScanQueue.InterruptedMessage);
        }
        catch (Exception e)
        {
            // A failing job must not stop the worker: later uploads still get scanned. The details go to the log.
            LogFailure(log, e, job.Id);
            job.Fail($"De scan is mislukt door een interne fout ({e.GetType().Name}); zie het logboek van de server. "
                + "Eerder opgeslagen documenten en beoordelingen zijn er nog.");
        }
        finally
        {
            queue.Save(job);
        }
    }

    private static string Summary(Upload upload, int documents)
    {
        var shown = Dutch.Count(documents, "document", "documenten");
        var failed = upload.Files.Count(f => f.Outcome is UploadFileOutcome.Failed or UploadFileOutcome.Refused);
        return failed == 0 ? $"Klaar: {shown} in de matrix."
            : upload.Files.Count == 1 ? $"Het bestand kon niet worden gelezen; {shown} in de matrix."
            : $"Klaar, maar {failed} van de {upload.Files.Count} bestanden {(failed == 1 ? "kon" : "konden")} niet worden gelezen; {shown} in de matrix.";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning upload {JobId} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, long jobId);
}
