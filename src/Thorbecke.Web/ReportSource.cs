using Thorbecke.Core.Scanning;
using Thorbecke.Storage;

namespace Thorbecke.Web;

/// <summary>
/// The latest finished scan with the analysts' current reviews laid over it. Loaded per request: the CLI may
/// finish a new scan while the app runs, and reviews are saved by other people at any moment.
/// </summary>
internal sealed class ReportSource(SqliteScanStore store)
{
    public SqliteScanStore Store => store;

    /// <summary>Null when the database holds no finished scan yet.</summary>
    public ScanReport? Latest() =>
        store.LoadLatestReport() is { } report ? report with { Reviews = store.CurrentReviews() } : null;

    /// <summary>The latest scan as the pages read it; null when there is none.</summary>
    public Pages.ReportView? View() => Latest() is { } report ? new Pages.ReportView(report) : null;
}
