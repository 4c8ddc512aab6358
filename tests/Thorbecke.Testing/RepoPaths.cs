namespace Thorbecke.Testing;

/// <summary>
/// Where the repository and the shared data are, found from the test binaries so tests run from any
/// working directory. The shared data sits beside the repository and is never copied into it.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds Thorbecke.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shared, read-only data folder: ../shared next to the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Same as <see cref="Shared"/>.</summary>
    public static string SharedRoot => Shared;

    /// <summary>The real election programmes (tk2025) with their corpus.json.</summary>
    public static string Corpus => Path.Combine(Shared, "corpus", "tk2025");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Thorbecke.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Thorbecke.sln not found above {AppContext.BaseDirectory}");
    }
}
