using Thorbecke.Finance.Files.Scenarios;

namespace Thorbecke.Finance.Files.Workbench;

/// <summary>One scenario file of a folder: the scenario read from it, or every problem that keeps it from being used.</summary>
/// <param name="File">The path relative to the folder, with '/' between folders, e.g. <c>voorbeelden/groen.yaml</c>.</param>
/// <param name="FullPath">The file's full path.</param>
/// <param name="Scenario">The scenario with the levers of the scenario it extends; null when the file has a problem.</param>
/// <param name="ProblemFile">The file the problems are in: this one, or the one it extends (relative when inside the folder).</param>
/// <param name="Problems">The problems in Dutch, each with line, column and field where the parser knows them.</param>
public sealed record ScenarioEntry(string File, string FullPath, ScenarioFile? Scenario, string? ProblemFile, IReadOnlyList<string> Problems)
{
    /// <summary>The scenario's id, or null for a file that cannot be read.</summary>
    public string? Id => Scenario?.Scenario.Id;

    public bool IsUsable => Scenario is not null;
}
