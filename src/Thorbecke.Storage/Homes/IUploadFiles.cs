namespace Thorbecke.Storage.Homes;

/// <summary>The files of uploads that are not scanned yet, kept until they are, so an interrupted upload can be retried.</summary>
public interface IUploadFiles
{
    /// <summary>Keeps the files of upload <paramref name="job"/>, in order; a file that is there is whole.</summary>
    void Keep(long job, IReadOnlyList<byte[]> files);

    /// <summary>The <paramref name="count"/> files of upload <paramref name="job"/>, or null when any of them is gone.</summary>
    IReadOnlyList<byte[]>? Load(long job, int count);

    /// <summary>Whether all <paramref name="count"/> files of upload <paramref name="job"/> are still there.</summary>
    bool Has(long job, int count);

    /// <summary>Forgets the files of upload <paramref name="job"/>; files that are already gone are fine.</summary>
    void Discard(long job);
}
