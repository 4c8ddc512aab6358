using Thorbecke.Core.Documents;

using Thorbecke.Storage.Homes;

namespace Thorbecke.Storage.Files;

/// <summary>
/// The original files of scanned documents in a folder beside the database, one file per content hash
/// (<c>thorbecke-bestanden/&lt;sha256&gt;.pdf</c>). Content-addressed, so two databases in one folder can share it and
/// a file is never overwritten with something else.
/// </summary>
public sealed class DocumentArchive : IOriginalFiles
{
    /// <summary>The folder name beside the database.</summary>
    public const string FolderName = "thorbecke-bestanden";

    public DocumentArchive(string folder)
    {
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The full path of the folder holding the files.</summary>
    public string Folder { get; }

    /// <summary>The archive that belongs to the database at <paramref name="databasePath"/>.</summary>
    public static DocumentArchive BesideDatabase(string databasePath) =>
        new(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, FolderName));

    public void Keep(string sha256, string extension, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(sha256, extension);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Folder);

        // Written under a temporary name and moved, so a half-written file never looks like a kept original.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another scan kept the same file at the same moment; same hash, same bytes.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The kept original of <paramref name="document"/>, or null when it was not kept (scanned before, or elsewhere).</summary>
    public string? Find(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = PathOf(document.Sha256, Path.GetExtension(document.File));
        return File.Exists(path) ? path : null;
    }

    public byte[]? Load(DocumentInfo document) => Find(document) is { } path ? File.ReadAllBytes(path) : null;

    public bool Has(DocumentInfo document) => Find(document) is not null;

    private string PathOf(string sha256, string extension)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"'{sha256}' is not a lower-case SHA-256.", nameof(sha256));
        }

        // Only a plain extension travels into the file name: never a path, whatever a file was called.
        var safe = extension.Length is > 1 and <= 6 && extension[0] == '.' && extension[1..].All(char.IsAsciiLetterOrDigit)
            ? extension.ToLowerInvariant()
            : ".bin";
        return Path.Combine(Folder, sha256 + safe);
    }
}
