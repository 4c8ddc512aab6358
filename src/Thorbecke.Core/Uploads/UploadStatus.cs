namespace Thorbecke.Core.Uploads;

/// <summary>Where an upload is on its way into the matrix.</summary>
public enum UploadStatus
{
    Waiting,
    Scanning,
    Done,
    Failed,

    /// <summary>The server stopped while the upload waited or was scanned; its files are kept so it can be retried.</summary>
    Interrupted,
}
