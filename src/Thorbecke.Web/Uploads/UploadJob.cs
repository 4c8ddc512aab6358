using Thorbecke.Core.Scanning;
using Thorbecke.Core.Uploads;

namespace Thorbecke.Web.Uploads;

/// <summary>
/// One upload as the app follows it: the <see cref="Upload"/> the journal keeps, plus the live progress of the scan
/// for each of its files. Read by page requests while the worker writes, hence the lock; every change returns
/// through <see cref="Snapshot"/> to the journal.
/// </summary>
internal sealed class UploadJob : IProgress<ScanProgress>
{
    private readonly Lock gate = new();
    private readonly Dictionary<int, ScanProgress> progress = [];
    private Upload upload;
    private int firstInput = int.MaxValue;

    public UploadJob(Upload upload)
    {
        this.upload = upload;
    }

    public long Id => upload.Id;

    /// <summary>The upload as it stands, for the journal and the page.</summary>
    public Upload Snapshot
    {
        get
        {
            lock (gate)
            {
                return upload;
            }
        }
    }

    public UploadStatus Status => Snapshot.Status;

    public bool IsActive => Snapshot.IsActive;

    /// <summary>The scan takes the job; live progress starts afresh.</summary>
    public void Start() => Change(u => u with { Status = UploadStatus.Scanning, Message = null }, clearProgress: true);

    /// <summary>
    /// Where the uploaded files start among the scan's inputs, after the documents already in the project (which may
    /// share a file name); progress of those earlier inputs is not this job's.
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

    /// <summary>Each file with its live progress while the scan runs (null when not started, or not scanned by this run).</summary>
    public IReadOnlyList<(UploadFile File, ScanProgress? Progress)> FileRows()
    {
        lock (gate)
        {
            var scanned = -1;
            return upload.Files
                .Select(f => (f, f.Outcome == UploadFileOutcome.Refused ? null : progress.GetValueOrDefault(++scanned)))
                .ToList();
        }
    }

    /// <summary>How many of the scanned files could not be read.</summary>
    public int FailedFiles() => Snapshot.Files.Count(f => f.Outcome == UploadFileOutcome.Failed);

    /// <summary>Settles each scanned file's outcome from the scan's last word on it, with any notice about it.</summary>
    public void Finish(Func<Upload, string> message, IReadOnlyList<ScanNotice> notices) => Change(u =>
    {
        var scanned = -1;
        var files = u.Files.Select(f => f.Outcome == UploadFileOutcome.Refused ? f : Settle(f, progress.GetValueOrDefault(++scanned), notices)).ToList();
        var done = u with { Files = files, Status = UploadStatus.Done };
        return done with { Message = message(done) };
    });

    public void Fail(string message) => Change(u => u with { Status = UploadStatus.Failed, Message = message });

    public void Interrupt(string message) => Change(u => u with { Status = UploadStatus.Interrupted, Message = message });

    /// <summary>Back in the queue, as if just uploaded; files refused at the door stay refused.</summary>
    public void Requeue() => Change(
        u => u with
        {
            Status = UploadStatus.Waiting,
            Message = null,
            Files = [.. u.Files.Select(f => f.Outcome == UploadFileOutcome.Refused ? f : new UploadFile(f.Name))],
        },
        clearProgress: true);

    private static UploadFile Settle(UploadFile file, ScanProgress? last, IReadOnlyList<ScanNotice> notices)
    {
        var notice = notices.FirstOrDefault(n => n.File == file.Name)?.Message;
        return last?.Stage switch
        {
            ScanStage.Done => file with { Outcome = UploadFileOutcome.Done, Detail = notice is null ? last.Detail : $"{last.Detail}; {notice}" },
            ScanStage.Failed => file with { Outcome = UploadFileOutcome.Failed, Detail = last.Detail },
            _ => file with { Outcome = UploadFileOutcome.Failed, Detail = "niet gescand" },
        };
    }

    private void Change(Func<Upload, Upload> change, bool clearProgress = false)
    {
        lock (gate)
        {
            upload = change(upload);
            if (clearProgress)
            {
                progress.Clear();
                firstInput = int.MaxValue;
            }
        }
    }
}
