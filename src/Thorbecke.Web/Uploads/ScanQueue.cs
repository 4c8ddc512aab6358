using System.Threading.Channels;
using Thorbecke.Core.Documents;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// Uploads waiting for the <see cref="ScanWorker"/>, and the recent ones for the upload page. Jobs are kept in
/// memory only: after a restart the documents are in the database, their progress is not.
/// </summary>
internal sealed class ScanQueue
{
    private const int Remembered = 50;

    private readonly Channel<UploadJob> channel = Channel.CreateUnbounded<UploadJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private readonly List<UploadJob> recent = [];
    private int lastId;

    /// <summary>Uploads wait with their bytes in memory; beyond this many, new ones are refused until the worker catches up.</summary>
    public const int MaxWaiting = 4;

    public ChannelReader<UploadJob> Reader => channel.Reader;

    /// <summary>How many uploads wait for the worker.</summary>
    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return recent.Count(j => j.State == UploadState.Waiting);
            }
        }
    }

    public UploadJob Enqueue(IReadOnlyList<UploadedFile> files, DocumentMetadata metadata, string by, DateTimeOffset at)
    {
        UploadJob job;
        lock (gate)
        {
            job = new UploadJob(++lastId, files, metadata, by, at);
            recent.Insert(0, job);
            if (recent.Count > Remembered && recent.FindLastIndex(j => !j.IsActive) is var old and >= 0)
            {
                recent.RemoveAt(old);
            }
        }

        channel.Writer.TryWrite(job);
        return job;
    }

    /// <summary>The most recent uploads first.</summary>
    public IReadOnlyList<UploadJob> Recent()
    {
        lock (gate)
        {
            return [.. recent];
        }
    }
}
