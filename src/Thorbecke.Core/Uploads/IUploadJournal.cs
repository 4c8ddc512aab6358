namespace Thorbecke.Core.Uploads;

/// <summary>Where uploads are remembered across restarts; the database of the project they add to.</summary>
public interface IUploadJournal
{
    /// <summary>Stores a new upload and returns it with its id.</summary>
    Upload AddUpload(Upload upload);

    /// <summary>Replaces the status, message and files of a stored upload.</summary>
    void UpdateUpload(Upload upload);

    /// <summary>
    /// Takes a waiting upload for scanning, atomically: true for exactly one caller, however many app instances on the
    /// same database try at once; false when it was taken already or is not waiting.
    /// </summary>
    bool ClaimUpload(long id);

    /// <summary>The most recent uploads first.</summary>
    IReadOnlyList<Upload> RecentUploads(int count);

    /// <summary>
    /// Marks every waiting or running upload interrupted with <paramref name="message"/>, except one that another app
    /// instance holds (<see cref="HoldUpload"/>) because it is scanning it: what a server does as it starts.
    /// </summary>
    int InterruptActiveUploads(string message);

    /// <summary>
    /// Marks upload <paramref name="id"/> as being scanned by this process until the result is disposed, so an app
    /// instance that starts meanwhile on the same database leaves it alone. Nothing to hold where one process owns the
    /// database.
    /// </summary>
    IDisposable HoldUpload(long id);
}
