namespace Thorbecke.Finance.Files.Workbench;

/// <summary>
/// Every scenario file in a folder and its subfolders, each read on its own: one broken file is reported with its
/// problems and the others stay usable, which is what someone browsing a folder of scenarios needs.
/// </summary>
public static class ScenarioCatalog
{
    // Hidden folders (.git) hold no scenarios, and links are skipped so a link to a parent folder cannot loop.
    private static readonly EnumerationOptions Search = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
    };

    /// <summary>
    /// The <c>.yaml</c> and <c>.yml</c> files under <paramref name="folder"/>: usable scenarios first, those that
    /// extend no other before those that do (so a baseline comes first), then the files with problems; by path
    /// within each group. A second file with an id already taken is a problem, so an id names one scenario.
    /// </summary>
    public static IReadOnlyList<ScenarioEntry> Load(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var files = new[] { "*.yaml", "*.yml" }
            .SelectMany(pattern => Directory.EnumerateFiles(root, pattern, Search))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (Full: path, Relative: Relative(root, path)))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        var entries = new List<ScenarioEntry>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            entries.Add(Read(root, full, relative, ids));
        }

        return entries
            .OrderBy(e => !e.IsUsable ? 2 : e.Scenario!.Extends is null ? 0 : 1)
            .ThenBy(e => e.File, StringComparer.Ordinal)
            .ToList();
    }

    private static ScenarioEntry Read(string root, string full, string relative, Dictionary<string, string> ids)
    {
        try
        {
            var file = MoneyFiles.Scenario(full);
            var id = file.Scenario.Id;
            if (ids.TryGetValue(id, out var first))
            {
                return new ScenarioEntry(relative, full, null, relative, [$"veld 'id': '{id}' is al het id van {first}; geef elk scenario een eigen id"]);
            }

            ids.Add(id, relative);
            return new ScenarioEntry(relative, full, file, null, []);
        }
        catch (MoneyFileException e)
        {
            var inFolder = Path.GetFullPath(e.Path).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            return new ScenarioEntry(relative, full, null, inFolder ? Relative(root, e.Path) : e.Path, e.Problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScenarioEntry(relative, full, null, relative, [$"het bestand kan niet worden gelezen ({e.Message})"]);
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
}
