namespace Thorbecke.Core.Tests.Evaluation;

/// <summary>Paths into the shared, read-only data next to the repository (never copied into it).</summary>
internal static class SharedData
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Thorbecke.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Thorbecke.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string GoldDev => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "eval", "gold-dev"));
}
