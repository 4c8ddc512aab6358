namespace Thorbecke.Reports.Tests;

/// <summary>Locates the repository (the folder with Thorbecke.sln) from the test binaries.</summary>
public static class TestPaths
{
    public static string RepoRoot()
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
