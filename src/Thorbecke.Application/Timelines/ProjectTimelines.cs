using Thorbecke.Core.Scanning;
using Thorbecke.Core.Timelines;
using Thorbecke.Reports;

namespace Thorbecke.Application.Timelines;

/// <summary>The timelines of a report's asks and what changed since a day, read with the analysts' reviews laid over the machine.</summary>
public static class ProjectTimelines
{
    /// <summary>Every ask's timeline, in agenda order.</summary>
    public static IReadOnlyList<AskTimeline> For(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var grid = ResultGrid.For(report);
        return AskTimeline.ForAgenda(report.Agenda, report.Documents, (ask, document) => grid.Get(document, ask));
    }

    /// <summary>The asks whose status or commitment moved on or after <paramref name="since"/>.</summary>
    public static ChangeReport Changes(ScanReport report, DateOnly since) => ChangeReport.Of(For(report), report.Documents, since);
}
