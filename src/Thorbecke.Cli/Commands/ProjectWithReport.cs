using Thorbecke.Application.Projects;
using Thorbecke.Core.Scanning;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Postgres.Homes;

namespace Thorbecke.Cli.Commands;

/// <summary>
/// An open project with its latest report (reviews laid over it), for the commands that write from the database
/// without scanning: <c>report</c>, <c>changes</c>, <c>memo</c>.
/// </summary>
internal sealed class ProjectWithReport(ProjectHome home, ScanReport report) : IDisposable
{
    public ProjectHome Home { get; } = home;

    public ScanReport Report { get; } = report;

    /// <summary>Opens <paramref name="path"/>; null, with the reason on stderr, when it does not exist or holds no finished scan.</summary>
    public static ProjectWithReport? Open(string path)
    {
        if (!ProjectHomes.Exists(path))
        {
            Console.Error.WriteLine($"Fout: database {path} bestaat niet; draai eerst 'thorbecke scan'.");
            return null;
        }

        var home = ProjectHomes.Open(path);
        if (LatestReport.Load(home.Store) is { } report)
        {
            return new ProjectWithReport(home, report);
        }

        home.Dispose();
        Console.Error.WriteLine($"Fout: database {path} bevat nog geen afgeronde scan.");
        return null;
    }

    public void Dispose() => Home.Dispose();
}
