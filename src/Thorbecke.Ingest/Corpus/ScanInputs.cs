using Thorbecke.Core.Documents;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Ingest.Corpus;

/// <summary>
/// Turns the paths a user names (files and folders) into scan inputs. A folder stands for its own
/// files (not its subfolders), sorted by name; a corpus.json in a file's folder supplies its metadata.
/// Files of any type are returned: the scanner reports the ones no reader supports.
/// </summary>
public static class ScanInputs
{
    public static ScanInputSet FromPaths(IEnumerable<string> paths)
    {
        var inputs = new List<ScanInput>();
        var errors = new List<ScanError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var manifests = new Dictionary<string, CorpusManifest?>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FolderFiles(path))
                {
                    Add(file);
                }
            }
            else if (File.Exists(path))
            {
                Add(path);
            }
            else
            {
                errors.Add(new ScanError(Path.GetFileName(path.TrimEnd('/', '\\')) is { Length: > 0 } name ? name : path, "bestand of map niet gevonden"));
            }
        }

        return new ScanInputSet(inputs, errors);

        void Add(string file)
        {
            var full = Path.GetFullPath(file);
            if (!seen.Add(full))
            {
                return;
            }

            var name = Path.GetFileName(full);
            var metadata = ManifestFor(Path.GetDirectoryName(full)!)?.Find(name)?.ToMetadata() ?? DocumentMetadata.Unknown;
            inputs.Add(new ScanInput(name, () => File.ReadAllBytes(full), metadata, new FileInfo(full).Length));
        }

        CorpusManifest? ManifestFor(string folder)
        {
            if (manifests.TryGetValue(folder, out var known))
            {
                return known;
            }

            var path = Path.Combine(folder, CorpusManifest.FileName);
            CorpusManifest? manifest = null;
            if (File.Exists(path))
            {
                try
                {
                    manifest = CorpusManifest.Load(path);
                }
                catch (CorpusManifestException e)
                {
                    errors.Add(new ScanError(CorpusManifest.FileName, e.Message));
                }
            }

            manifests[folder] = manifest;
            return manifest;
        }
    }

    /// <summary>The files of a folder that are documents: no corpus.json, dotfiles or editor backups (name~).</summary>
    public static IReadOnlyList<string> FolderFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f =>
            {
                var name = Path.GetFileName(f);
                return !string.Equals(name, CorpusManifest.FileName, StringComparison.OrdinalIgnoreCase)
                    && !name.StartsWith('.')
                    && !name.EndsWith('~');
            })
            .Order(StringComparer.Ordinal)
            .ToList();
}
