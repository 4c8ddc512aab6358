namespace Thorbecke.Application.Engine;

/// <summary>Where a language model's answers are kept: a folder beside the project's database file.</summary>
public static class LlmCache
{
    public const string FolderName = "thorbecke-llm-cache";

    public static string BesideDatabase(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", FolderName);
}
