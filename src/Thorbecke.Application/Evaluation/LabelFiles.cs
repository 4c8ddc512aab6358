using Thorbecke.Core.Evaluation;

namespace Thorbecke.Application.Evaluation;

/// <summary>A folder of reviewed labels: one JSON file per document (see docs/evaluation.md).</summary>
public static class LabelFiles
{
    /// <summary>Every label file in <paramref name="folder"/>, in file name order.</summary>
    /// <exception cref="IOException">The folder does not exist.</exception>
    /// <exception cref="GoldLabelFormatException">A file is not a label file; the message names it.</exception>
    public static IReadOnlyList<GoldLabelSet> Load(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new IOException($"labelmap {folder.FullName} bestaat niet");
        }

        return folder.GetFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal).Select(Parse).ToList();
    }

    private static GoldLabelSet Parse(FileInfo file)
    {
        try
        {
            return GoldLabelSet.Parse(File.ReadAllText(file.FullName));
        }
        catch (GoldLabelFormatException e)
        {
            throw new GoldLabelFormatException($"{file.Name}: {e.Message}", e);
        }
    }
}
