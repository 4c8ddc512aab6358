namespace Thorbecke.Core.Uploads;

/// <summary>What became of one file of an upload, in the words the upload page shows.</summary>
public enum UploadFileOutcome
{
    /// <summary>Not scanned yet (or the scan was interrupted).</summary>
    Pending,

    /// <summary>Stored and judged.</summary>
    Done,

    /// <summary>The scan could not read it; the detail says why.</summary>
    Failed,

    /// <summary>Refused at the door (type or size); never scanned.</summary>
    Refused,
}
