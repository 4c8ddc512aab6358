using Thorbecke.Core.Projects;
using Thorbecke.Core.Scanning;

namespace Thorbecke.Application.Projects;

/// <summary>The project as every output shows it: the latest scan with the analysts' current reviews laid over it.</summary>
public static class LatestReport
{
    /// <summary>Null when the project has no finished scan yet.</summary>
    public static ScanReport? Load(IProjectStore project) =>
        project.LoadLatestReport() is { } latest ? latest with { Reviews = project.CurrentReviews() } : null;
}
