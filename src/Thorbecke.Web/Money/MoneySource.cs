using Thorbecke.Finance.Files.Workbench;

namespace Thorbecke.Web.Money;

/// <summary>
/// Reads the money files named at start-up, per request: an analyst edits a scenario in an editor and reloads the
/// page, as with <c>thorbecke money run</c>. The files are small, so reading them again costs little.
/// </summary>
internal sealed class MoneySource(WebAppOptions options)
{
    public bool IsConfigured => options.ScenarioFolder is not null;

    /// <summary>Null when no scenario folder was configured.</summary>
    public MoneyWorkspace? Load()
    {
        if (options.ScenarioFolder is not { } folder)
        {
            return null;
        }

        var problems = new List<MoneyFileProblem>();
        var inputs = Read(() => MoneyFiles.Inputs(options.InputsPath), options.InputsPath ?? "ingebouwde invoer", problems);
        var municipalities = options.MunicipalitiesPath is { } m ? Read(() => MoneyFiles.Municipalities(m), m, problems) : null;
        var maatstaven = options.MaatstavenPath is { } s ? Read(() => MoneyFiles.Maatstaven(s), s, problems) : null;
        var domains = options.TasksPath is { } t ? Read(() => MoneyFiles.CostDomains(t), t, problems) : null;
        return new MoneyWorkspace(Path.GetFullPath(folder), ScenarioCatalog.Load(folder), inputs, municipalities, maatstaven, domains, problems);
    }

    private static T? Read<T>(Func<T> read, string path, List<MoneyFileProblem> problems)
        where T : class
    {
        try
        {
            return read();
        }
        catch (MoneyFileException e)
        {
            problems.Add(new MoneyFileProblem(e.Path, e.Problems));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new MoneyFileProblem(path, [$"het bestand kan niet worden gelezen ({e.Message})"]));
        }

        return null;
    }
}
