using Thorbecke.Finance.Balance;
using Thorbecke.Finance.Distribution;
using Thorbecke.Finance.Files.Balance;
using Thorbecke.Finance.Files.Csv;
using Thorbecke.Finance.Files.Inputs;
using Thorbecke.Finance.Files.Municipalities;
using Thorbecke.Finance.Files.Scenarios;
using Thorbecke.Yaml;

namespace Thorbecke.Finance.Files.Workbench;

/// <summary>
/// Reads each kind of finance file from disk; a problem becomes a <see cref="MoneyFileException"/> that names the
/// file and every problem in it, so the command can print them and stop before computing anything.
/// </summary>
public static class MoneyFiles
{
    /// <summary>A scenario file; when it extends another, that scenario's confirmed levers come first.</summary>
    public static ScenarioFile Scenario(string path) => Scenario(path, []);

    private static ScenarioFile Scenario(string path, HashSet<string> seen)
    {
        var file = Read(path, BoundedYaml.CheckFileSize, ScenarioParser.Parse);
        if (file.Extends is null)
        {
            return file;
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, file.Extends));
        if (!seen.Add(System.IO.Path.GetFullPath(path)) || seen.Contains(full))
        {
            throw new MoneyFileException(path, [$"veld 'extends': '{file.Extends}' verwijst in een kring terug naar dit bestand"]);
        }

        var parent = Scenario(full, seen);
        return file with
        {
            Scenario = file.Scenario with { Levers = [.. parent.Scenario.Levers, .. file.Scenario.Levers] },
            Sources = parent.Sources.Concat(file.Sources).ToDictionary(s => s.Key, s => s.Value),
        };
    }

    /// <summary>The built-in figures, with the user's file (if any) replacing figures for the same series and year.</summary>
    public static InputSeries Inputs(string? path) =>
        path is null ? BuiltInInputs.Load() : BuiltInInputs.Load().With(Read(path, CsvTable.CheckFileSize, InputSeriesReader.Parse));

    public static MunicipalityTable Municipalities(string path) => Read(path, CsvTable.CheckFileSize, MunicipalityTableReader.Parse);

    public static IReadOnlyList<Maatstaf> Maatstaven(string path) => Read(path, CsvTable.CheckFileSize, MaatstafTableReader.Parse);

    public static IReadOnlyList<CostDomain> CostDomains(string path) => Read(path, CsvTable.CheckFileSize, CostDomainTableReader.Parse);

    /// <summary>Reads and parses a file; one over the size limit of its kind is refused without being read.</summary>
    private static T Read<T>(string path, Func<long, string?> checkSize, Func<string, FileParseResult<T>> parse)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new MoneyFileException(path, ["het bestand bestaat niet"]);
        }

        if (checkSize(new FileInfo(path).Length) is { } tooLarge)
        {
            throw new MoneyFileException(path, [tooLarge], refused: true);
        }

        var result = parse(File.ReadAllText(path));
        return result.Succeeded ? result.Value! : throw new MoneyFileException(path, result.Problems.Select(p => p.ToString()).ToList(), result.Refused);
    }
}
