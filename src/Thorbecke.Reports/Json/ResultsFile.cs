using Thorbecke.Core.Agendas;
using Thorbecke.Core.Documents;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Scanning;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Reports.Json;

/// <summary>A results JSON file as read back by <see cref="ResultsJsonReader"/>.</summary>
/// <param name="Tool">The tool that wrote it (always <see cref="ScanReport.Tool"/> after a successful read).</param>
/// <param name="Version">The version of the tool that wrote it.</param>
/// <param name="Agenda">Which agenda the results belong to.</param>
/// <param name="Documents">The scanned documents, in file order.</param>
/// <param name="Results">The machine's results, in file order, each with its evidence (a reviewed cell's machine
/// verdict comes from its review's <c>machineVerdict</c>).</param>
/// <param name="Errors">The files that could not be scanned.</param>
public sealed record ResultsFile(
    string Tool,
    string Version,
    ResultsAgenda Agenda,
    IReadOnlyList<DocumentInfo> Documents,
    IReadOnlyList<AskResult> Results,
    IReadOnlyList<ScanError> Errors)
{
    /// <summary>The analysts' reviews the file carried; empty for a file without any (or from before reviews).</summary>
    public IReadOnlyList<Review> Reviews { get; init; } = [];

    /// <summary>
    /// Rebuilds the report with the full agenda (the file only names it), so that the CSV and HTML
    /// writers can show themes and ask texts.
    /// </summary>
    /// <exception cref="ResultsFormatException">The file belongs to another agenda.</exception>
    public ScanReport ToReport(Agenda agenda)
    {
        if (!string.Equals(agenda.Id, Agenda.Id, StringComparison.Ordinal))
        {
            throw new ResultsFormatException(
                $"de resultaten horen bij agenda '{Agenda.Id}', niet bij agenda '{agenda.Id}'");
        }

        return new ScanReport(agenda, Documents, Results, Errors) { Reviews = Reviews };
    }

    /// <summary>
    /// The machine's results as the evaluator takes them: documents named by file stem, the way gold label
    /// files name them (<c>bij1</c> for <c>bij1.pdf</c>). Reviews are left out: they are not the engine's work.
    /// </summary>
    public IReadOnlyList<PredictedResult> ToPredictions()
    {
        var documents = Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);
        return Results.Select(r => PredictedResult.From(r, documents[r.Document])).ToList();
    }
}

/// <summary>The agenda a results file names: its id, title and number of asks.</summary>
public sealed record ResultsAgenda(string Id, string? Title, int Asks);
