using System.Runtime.CompilerServices;

namespace Thorbecke.Reports.Tests;

/// <summary>
/// Compares output with a file committed under Expected/. On a mismatch it writes the actual output
/// beside it as <c>name.received.ext</c> so the difference can be inspected and, if intended, accepted
/// by renaming the file.
/// </summary>
public static class Golden
{
    public static void Verify(string actual, string fileName, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(TestPaths.RepoRoot(), "tests", "Thorbecke.Reports.Tests", "Expected");
        var expectedPath = Path.Combine(folder, fileName);
        var receivedPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        var normalized = actual.ReplaceLineEndings("\n");
        if (File.Exists(expectedPath) && string.Equals(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), normalized, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(File.Exists(expectedPath)
            ? $"Output differs from {expectedPath}; see {receivedPath} (called from {Path.GetFileName(callerFile)})."
            : $"No expected file {expectedPath} yet; review {receivedPath} and rename it to accept it.");
    }
}
