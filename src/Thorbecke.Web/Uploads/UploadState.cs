namespace Thorbecke.Web.Uploads;

/// <summary>Where an upload is on its way into the matrix.</summary>
internal enum UploadState
{
    Waiting,
    Scanning,
    Done,
    Failed,
}
