using System.Runtime.CompilerServices;

namespace Thorbecke.Testing.GoldenFiles;

/// <summary>
/// Compares output with an expected file committed in a <c>Golden/</c> folder beside the test, so a change to a
/// report, export or terminal table shows in the diff. Run the tests with <c>THORBECKE_UPDATE_GOLDEN=1</c> to
/// rewrite the files after an intended change, then review them like any other change.
/// </summary>
public static class Golden
{
    /// <summary>The environment variable that, set to 1, rewrites the expected files instead of comparing.</summary>
    public const string UpdateVariable = "THORBECKE_UPDATE_GOLDEN";

    /// <summary>Whether this run rewrites the expected files.</summary>
    public static bool Updating => string.Equals(Environment.GetEnvironmentVariable(UpdateVariable), "1", StringComparison.Ordinal);

    /// <summary>Checks <paramref name="actual"/> against <c>Golden/<paramref name="fileName"/></c> next to the calling test's source file.</summary>
    public static void Verify(string actual, string fileName, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetDirectoryName(callerFile);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            throw new InvalidOperationException($"The test's source folder '{folder}' is not on this machine; golden files are compared where the tests were built.");
        }

        Check(actual, Path.Combine(folder, "Golden", fileName), Updating);
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with the file at <paramref name="expectedPath"/>, line endings aside; with
    /// <paramref name="update"/> it writes the file instead. Throws <see cref="GoldenMismatchException"/> on a difference.
    /// </summary>
    public static void Check(string actual, string expectedPath, bool update)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var normalized = actual.ReplaceLineEndings("\n");
        if (update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, normalized);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            throw new GoldenMismatchException($"The expected file {expectedPath} does not exist yet. {HowToUpdate}");
        }

        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (FirstDifference(expected, normalized) is { } difference)
        {
            throw new GoldenMismatchException($"The output differs from {expectedPath} {difference}{Environment.NewLine}{HowToUpdate}");
        }
    }

    /// <summary>"at line N" with both versions of that line, or null when the texts are equal.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && string.Equals(expectedLines[line], actualLines[line], StringComparison.Ordinal))
        {
            line++;
        }

        return $"at line {line + 1}:{Environment.NewLine}  expected: {Show(expectedLines, line)}{Environment.NewLine}  actual:   {Show(actualLines, line)}";
    }

    private static string HowToUpdate =>
        $"If the change is intended, run the tests again with {UpdateVariable}=1 to rewrite the file, and review its diff before committing.";

    private static string Show(string[] lines, int index) => index < lines.Length ? $"\"{lines[index]}\"" : "(end of text)";
}
