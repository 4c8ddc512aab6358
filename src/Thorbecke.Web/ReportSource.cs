using System.Text;
using Thorbecke.Application.Projects;
using Thorbecke.Application.Timelines;
using Thorbecke.Core.Scanning;
using Thorbecke.Reports.Json;
using Thorbecke.Storage.Homes;
using Thorbecke.Storage.Sql;

namespace Thorbecke.Web;

/// <summary>
/// The latest finished scan with the analysts' current reviews laid over it. The CLI may finish a new scan while the
/// app runs and reviews are saved by other people at any moment, so every request asks the store's change token (one
/// small query) and the report is loaded again only when that token moved; otherwise the last one is shared.
/// </summary>
internal sealed class ReportSource(ProjectHome home)
{
    private readonly Lock gate = new();
    private Snapshot? current;

    public SqlProjectStore Store => home.Store;

    /// <summary>The amounts found in the documents, kept while the app runs: reading a long programme takes about a second.</summary>
    public DocumentMoney Money { get; } = new(home.Store);

    /// <summary>The original files of the scanned documents.</summary>
    public IOriginalFiles Archive => home.Originals;

    /// <summary>Null when the database holds no finished scan yet.</summary>
    public ScanReport? Latest() => Current()?.Report;

    /// <summary>The latest scan as the pages read it; null when there is none.</summary>
    public Pages.ReportView? View() => Current()?.View;

    /// <summary>The latest scan as the results contract's JSON (UTF-8), with the reviews in it; null when there is none.</summary>
    public byte[]? Json() => Current()?.Json.Value;

    /// <summary>
    /// Forgets the loaded report, so the next request loads it again: results that were judged again in place do not
    /// move the store's change token.
    /// </summary>
    public void Invalidate()
    {
        lock (gate)
        {
            Volatile.Write(ref current, null);
        }
    }

    private Snapshot? Current()
    {
        var token = Store.ChangeToken();
        var known = Volatile.Read(ref current);
        if (known is not null && known.Token == token)
        {
            return known;
        }

        // One request loads, the others that arrive meanwhile wait for it instead of loading the same report again.
        lock (gate)
        {
            // Asked again inside the lock: a request that waited here must not put back an older report.
            token = Store.ChangeToken();
            if (current is not null && current.Token == token)
            {
                return current;
            }

            var report = LatestReport.Load(Store);
            var snapshot = report is null ? null : new Snapshot(token, report, new Pages.ReportView(report, d => Archive.Has(d), Money));
            Volatile.Write(ref current, snapshot);
            return snapshot;
        }
    }

    private sealed class Snapshot(string token, ScanReport report, Pages.ReportView view)
    {
        public string Token => token;

        public ScanReport Report => report;

        public Pages.ReportView View => view;

        public Lazy<byte[]> Json { get; } = new(() => Encoding.UTF8.GetBytes(ResultsJsonWriter.ToJson(report)));
    }
}
