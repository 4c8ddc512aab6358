using Thorbecke.Storage.Homes;

namespace Thorbecke.Storage.Files;

/// <summary>
/// Uploaded files waiting for the scan, in a folder beside the database (<c>thorbecke-uploads/&lt;job&gt;/&lt;n&gt;</c>),
/// so that an upload survives a restart of the server and can be retried. Files of a finished upload are deleted:
/// what was read lives on in the database and the <see cref="DocumentArchive"/>.
/// </summary>
public sealed class UploadInbox : IUploadFiles
{
    /// <summary>The folder name beside the database.</summary>
    public const string FolderName = "thorbecke-uploads";

    public UploadInbox(string folder)
    {
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The full path of the folder holding the waiting files.</summary>
    public string Folder { get; }

    /// <summary>The inbox that belongs to the database at <paramref name="databasePath"/>.</summary>
    public static UploadInbox BesideDatabase(string databasePath) =>
        new(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, FolderName));

    /// <summary>Keeps the files of upload <paramref name="job"/>, in order; written under temporary names and moved, so a file present is whole.</summary>
    public void Keep(long job, IReadOnlyList<byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var folder = Directory.CreateDirectory(JobFolder(job)).FullName;
        for (var i = 0; i < files.Count; i++)
        {
            var path = Path.Combine(folder, FileName(i));
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, files[i]);
            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>The <paramref name="count"/> files of upload <paramref name="job"/>, or null when any of them is gone.</summary>
    public IReadOnlyList<byte[]>? Load(long job, int count)
    {
        var paths = Enumerable.Range(0, count).Select(i => Path.Combine(JobFolder(job), FileName(i))).ToList();
        return paths.All(File.Exists) ? paths.Select(File.ReadAllBytes).ToList() : null;
    }

    /// <summary>Whether all <paramref name="count"/> files of upload <paramref name="job"/> are still there, so it can be retried.</summary>
    public bool Has(long job, int count) =>
        Enumerable.Range(0, count).All(i => File.Exists(Path.Combine(JobFolder(job), FileName(i))));

    /// <summary>Forgets the files of upload <paramref name="job"/>; a folder that is already gone is fine.</summary>
    public void Discard(long job)
    {
        var folder = JobFolder(job);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string JobFolder(long job) => Path.Combine(Folder, job.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string FileName(int index) => index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
