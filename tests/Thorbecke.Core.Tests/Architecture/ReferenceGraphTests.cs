using System.Text.RegularExpressions;
using System.Xml.Linq;
using Thorbecke.Testing;

namespace Thorbecke.Core.Tests.Architecture;

/// <summary>
/// docs/architecture.md shows the projects' references and packages as the <c>.csproj</c> files have them, so the
/// picture a reader gets of the layers is the one the build enforces.
/// </summary>
public sealed partial class ReferenceGraphTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));

    public static TheoryData<string> Projects() =>
        [.. Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src"), "Thorbecke.*").Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Should_list_each_projects_references_in_the_reference_graph(string project)
    {
        var documented = GraphLines().GetValueOrDefault(project);

        Assert.True(documented is not null, $"docs/architecture.md has no line for {project} in its reference graph.");
        Assert.Equal(Short(References(project, "ProjectReference")).Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Should_list_each_projects_packages_in_the_projects_table(string project)
    {
        var row = TableRow().Matches(Doc).FirstOrDefault(m => m.Groups["project"].Value == project);

        Assert.True(row is not null, $"docs/architecture.md has no row for {project} in its projects table.");
        var documented = row.Groups["packages"].Value.Trim() is "none" ? [] : row.Groups["packages"].Value.Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal(References(project, "PackageReference").Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_keep_the_core_and_the_finance_model_free_of_other_projects()
    {
        Assert.Empty(References("Thorbecke.Core", "ProjectReference"));
        Assert.Empty(References("Thorbecke.Finance", "ProjectReference"));
        Assert.Empty(References("Thorbecke.Finance", "PackageReference"));
    }

    private static IEnumerable<string> References(string project, string kind) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "src", project, project + ".csproj"))
            .Descendants(kind)
            .Select(e => (string)e.Attribute("Include")!)
            .Select(include => kind == "ProjectReference" ? Path.GetFileNameWithoutExtension(include) : include);

    private static IEnumerable<string> Short(IEnumerable<string> projects) => projects.Select(p => p["Thorbecke.".Length..]);

    /// <summary>The lines <c>Thorbecke.X -> A, B</c> of the fenced block under "Reference graph".</summary>
    private static Dictionary<string, string[]> GraphLines()
    {
        var section = Doc[Doc.IndexOf("## Reference graph", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```text", StringComparison.Ordinal) + 7)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        return block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split("->", StringSplitOptions.TrimEntries))
            .ToDictionary(parts => parts[0], parts => parts[1] == "(none)" ? [] : parts[1].Split(',', StringSplitOptions.TrimEntries));
    }

    [GeneratedRegex(@"^\| `(?<project>Thorbecke\.[A-Za-z.]+)` \|.*\| (?<packages>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
