using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Thorbecke.Core.Agendas;
using Thorbecke.Core.Scanning;
using Thorbecke.Ingest;
using Thorbecke.Search.Matching;
using Thorbecke.Storage;
using Thorbecke.Storage.Files;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// Scans uploads one at a time in the background. Each upload makes a new run: the documents of the latest run (from
/// their stored pages, their results reused) plus the uploaded files, against the latest run's agenda, or the built-in
/// VNG agenda when the database has no scan yet. Reviews are kept per ask and document, so they survive.
/// </summary>
internal sealed partial class ScanWorker(ScanQueue queue, SqliteScanStore store, DocumentArchive archive, ILogger<ScanWorker> log) : BackgroundService
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
        try
        {
            var files = job.TakeFiles();
            var latest = store.LoadLatestReport();
            var agenda = latest?.Agenda ?? BuiltInAgendas.Find(BuiltInAgendas.Vng2025)!;
            ScanInput[] inputs =
            [
                .. latest?.Documents.Select(ScanInput.Stored) ?? [],
                .. files.Select(f => new ScanInput(f.FileName, () => f.Content, job.Metadata, f.Content.Length)),
            ];
            var scanner = new Scanner(store, DocumentReaders.All, new LexicalAskMatcher(new MatcherOptions()), new ScanOptions { Archive = archive });
            var report = scanner.Scan(agenda, inputs, job, stoppingToken);

            var failed = report.Errors.Count(e => job.FileNames.Contains(e.File, StringComparer.Ordinal));
            job.Finish(failed == 0
                ? $"Klaar: {(report.Documents.Count == 1 ? "1 document" : $"{report.Documents.Count} documenten")} in de matrix."
                : $"Klaar, maar {failed} van de {job.FileNames.Count} bestanden kon niet worden gelezen; de andere documenten staan in de matrix.");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Fail("De webapp werd gestopt voordat de scan klaar was; voeg het bestand opnieuw toe.");
        }
        catch (Exception e)
        {
            // A failing job must not stop the worker: later uploads still get scanned.
            LogFailure(log, e, job.Id);
            job.Fail($"De scan is mislukt ({e.GetType().Name}: {e.Message}). Eerder opgeslagen documenten en beoordelingen zijn er nog.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning upload {JobId} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, int jobId);
}
