using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// One upload: its files wait in memory until the <see cref="ScanWorker"/> takes them, and the job then shows what
/// the scanner is doing with each of them. Read by page requests while the worker writes, hence the lock.
/// </summary>
internal sealed class UploadJob : IProgress<ScanProgress>
{
    private readonly Lock gate = new();
    private readonly Dictionary<int, ScanProgress> progress = [];
    private IReadOnlyList<UploadedFile>? files;
    private int firstInput = int.MaxValue;

    public UploadJob(int id, IReadOnlyList<UploadedFile> files, DocumentMetadata metadata, string by, DateTimeOffset at)
    {
        Id = id;
        this.files = files;
        FileNames = files.Select(f => f.FileName).ToList();
        Metadata = metadata;
        By = by;
        At = at;
    }

    public int Id { get; }

    public IReadOnlyList<string> FileNames { get; }

    /// <summary>The party and kind the uploader gave, for every file of the upload.</summary>
    public DocumentMetadata Metadata { get; }

    public string By { get; }

    public DateTimeOffset At { get; }

    public UploadState State { get; private set; }

    /// <summary>Why the job failed as a whole, or how the scan ended.</summary>
    public string? Message { get; private set; }

    public bool IsActive => State is UploadState.Waiting or UploadState.Scanning;

    /// <summary>The files, once: the bytes are not kept in memory after the scan has them.</summary>
    public IReadOnlyList<UploadedFile> TakeFiles()
    {
        lock (gate)
        {
            var taken = files ?? [];
            files = null;
            State = UploadState.Scanning;
            return taken;
        }
    }

    /// <summary>
    /// Where the uploaded files start among the scan's inputs, after the documents of the latest run (which may share
    /// a file name); progress of those earlier inputs is not this job's.
    /// </summary>
    public void StartsAt(int firstInput)
    {
        lock (gate)
        {
            this.firstInput = firstInput;
        }
    }

    public void Report(ScanProgress value)
    {
        lock (gate)
        {
            if (value.Input >= firstInput)
            {
                progress[value.Input - firstInput] = value;
            }
        }
    }

    /// <summary>The latest progress of each uploaded file; null for a file the scanner has not started.</summary>
    public IReadOnlyList<(string File, ScanProgress? Progress)> FileProgress()
    {
        lock (gate)
        {
            return FileNames.Select((f, i) => (f, progress.GetValueOrDefault(i))).ToList();
        }
    }

    /// <summary>How many of the uploaded files the scan could not read.</summary>
    public int FailedFiles()
    {
        lock (gate)
        {
            return progress.Values.Count(p => p.Stage == ScanStage.Failed);
        }
    }

    public void Finish(string message)
    {
        lock (gate)
        {
            State = UploadState.Done;
            Message = message;
        }
    }

    public void Fail(string message)
    {
        lock (gate)
        {
            files = null;
            State = UploadState.Failed;
            Message = message;
        }
    }
}
