using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Core.Scanning;

/// <summary>Everything one scan produced: the data behind the results JSON, the CSV and the HTML report.</summary>
public sealed record ScanReport(
    Agenda Agenda,
    IReadOnlyList<DocumentInfo> Documents,
    IReadOnlyList<AskResult> Results,
    IReadOnlyList<ScanError> Errors)
{
    public const string Tool = "thorbecke";

    public static string Version { get; } = typeof(ScanReport).Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{v.Build}"
        : "0.0.0";

    /// <summary>0: every file was scanned; 2: some files failed; 1: nothing could be scanned.</summary>
    public int ExitCode => Errors.Count == 0 ? 0 : Documents.Count == 0 ? 1 : 2;

    public AskResult? Find(string askId, string documentId) =>
        Results.FirstOrDefault(r => r.Ask == askId && r.Document == documentId);

    /// <summary>The engine that judged the results (<see cref="Verdicts.IAskMatcher.EngineVersion"/>), when known.</summary>
    public string? EngineVersion { get; init; }

    /// <summary>What users should know about files that were scanned all right, such as a file stored before under another name.</summary>
    public IReadOnlyList<ScanNotice> Notices { get; init; } = [];

    /// <summary>
    /// The analysts' current reviews of this report's cells; they win over the machine in every view and export, which
    /// all read them through <see cref="ReviewedResult"/> (in the reports: <c>ResultGrid</c>).
    /// </summary>
    public IReadOnlyList<Review> Reviews { get; init; } = [];
}
