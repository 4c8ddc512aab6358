using System.Text.RegularExpressions;
using Thorbecke.Storage.Homes;

namespace Thorbecke.Storage.Files;

/// <summary>Login keys as one XML file each in a folder beside the database, as ASP.NET Core writes them itself.</summary>
public sealed partial class KeyFolder(string folder) : ILoginKeys
{
    public const string FolderName = "thorbecke-sleutels";

    public IReadOnlyList<string> All() =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : [];

    public void Add(string name, string xml)
    {
        Directory.CreateDirectory(folder);
        // The name comes from the key manager ("key-<guid>"); anything else is made safe for a file name.
        var path = Path.Combine(folder, Unsafe().Replace(name, "_") + ".xml");
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, xml);
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex Unsafe();
}
