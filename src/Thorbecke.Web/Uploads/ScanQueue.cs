using System.Threading.Channels;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Uploads;
using Thorbecke.Storage.Homes;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// Uploads waiting for the <see cref="ScanWorker"/>, and the recent ones for the upload page. Each upload is kept in
/// the database's journal and its files in the project's upload files until it is scanned, so a server that stops
/// (or is killed) shows the uploads it did not finish as interrupted when it starts again, ready to be retried.
/// </summary>
internal sealed class ScanQueue
{
    public const string InterruptedMessage = "De webapp werd gestopt voordat deze upload gescand was. De bestanden zijn bewaard: kies 'Opnieuw scannen'.";

    /// <summary>Uploads wait with their files on disk; beyond this many, new ones are refused until the worker catches up.</summary>
    public const int MaxWaiting = 10;

    private const int Remembered = 50;

    private readonly Channel<UploadJob> channel = Channel.CreateUnbounded<UploadJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private readonly IUploadJournal journal;
    private readonly List<UploadJob> recent;

    public ScanQueue(ProjectHome home)
    {
        journal = home.Store;
        Inbox = home.Uploads;
        journal.InterruptActiveUploads(InterruptedMessage);
        recent = [.. journal.RecentUploads(Remembered).Select(u => new UploadJob(u))];
    }

    public IUploadFiles Inbox { get; }

    public ChannelReader<UploadJob> Reader => channel.Reader;

    /// <summary>How many uploads wait for the worker.</summary>
    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return recent.Count(j => j.Status == UploadStatus.Waiting);
            }
        }
    }

    /// <summary>Journals the upload (refused files included, so the page names them), keeps its files and queues it.</summary>
    public UploadJob Enqueue(IReadOnlyList<UploadedFile> files, IReadOnlyList<UploadFile> refused, DocumentMetadata metadata, string by, DateTimeOffset at)
    {
        var upload = journal.AddUpload(new Upload(0, by, at, metadata.Party, metadata.Kind ?? DocumentKinds.Programme, UploadStatus.Waiting, null,
            [.. files.Select(f => new UploadFile(f.FileName)), .. refused], metadata.Date));
        Inbox.Keep(upload.Id, [.. files.Select(f => f.Content)]);
        var job = new UploadJob(upload);
        lock (gate)
        {
            recent.Insert(0, job);
            if (recent.Count > Remembered && recent.FindLastIndex(j => !j.IsActive) is var old and >= 0)
            {
                recent.RemoveAt(old);
            }
        }

        channel.Writer.TryWrite(job);
        return job;
    }

    /// <summary>Whether a failed or interrupted upload still has its files, so it can be scanned again.</summary>
    public bool CanRetry(UploadJob job) =>
        job.Status is UploadStatus.Failed or UploadStatus.Interrupted && Inbox.Has(job.Id, job.Snapshot.Scannable.Count);

    /// <summary>Queues a failed or interrupted upload again; false when it is unknown or its files are gone.</summary>
    public bool Retry(long id)
    {
        var job = Recent().FirstOrDefault(j => j.Id == id);
        if (job is null || !CanRetry(job))
        {
            return false;
        }

        lock (gate)
        {
            // An upload made through another app instance is scanned here from now on.
            if (!recent.Contains(job))
            {
                recent.Insert(0, job);
            }
        }

        job.Requeue();
        Save(job);
        channel.Writer.TryWrite(job);
        return true;
    }

    /// <summary>Writes the job's current state to the journal.</summary>
    public void Save(UploadJob job) => journal.UpdateUpload(job.Snapshot);

    /// <summary>
    /// The most recent uploads first, as the journal has them: on a team server other app instances add uploads too.
    /// This instance's own jobs come from memory, with the progress of a scan under way.
    /// </summary>
    public IReadOnlyList<UploadJob> Recent()
    {
        List<UploadJob> mine;
        lock (gate)
        {
            mine = [.. recent];
        }

        var stored = journal.RecentUploads(Remembered);
        var known = stored.Select(u => u.Id).ToHashSet();
        return [.. stored.Select(u => mine.Find(j => j.Id == u.Id) ?? new UploadJob(u)), .. mine.Where(j => !known.Contains(j.Id))];
    }
}
