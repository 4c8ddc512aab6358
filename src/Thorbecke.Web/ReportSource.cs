using Thorbecke.Core.Scanning;
using Thorbecke.Storage;
using Thorbecke.Storage.Files;

namespace Thorbecke.Web;

/// <summary>
/// The latest finished scan with the analysts' current reviews laid over it. Loaded per request: the CLI may
/// finish a new scan while the app runs, and reviews are saved by other people at any moment.
/// </summary>
internal sealed class ReportSource(SqliteScanStore store, DocumentArchive archive)
{
    public SqliteScanStore Store => store;

    /// <summary>The original files of the scanned documents.</summary>
    public DocumentArchive Archive => archive;

    /// <summary>Null when the database holds no finished scan yet.</summary>
    public ScanReport? Latest() =>
        store.LoadLatestReport() is { } report ? report with { Reviews = store.CurrentReviews() } : null;

    /// <summary>The latest scan as the pages read it; null when there is none.</summary>
    public Pages.ReportView? View() => Latest() is { } report ? new Pages.ReportView(report, d => archive.Find(d) is not null) : null;
}
