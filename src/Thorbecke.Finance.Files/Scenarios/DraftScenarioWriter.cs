using System.Globalization;
using System.Text;
using Thorbecke.Finance.Levers;

namespace Thorbecke.Finance.Files.Scenarios;

/// <summary>
/// Writes a scenario file with levers proposed from documents, all unconfirmed, in the format
/// <see cref="ScenarioParser"/> reads, so the analyst edits one file and runs it.
/// </summary>
public static class DraftScenarioWriter
{
    public static string Write(string id, string title, int fromYear, int toYear, IReadOnlyList<LeverCandidate> candidates, string? extends = null)
    {
        var yaml = new StringBuilder()
            .AppendLine("# Concept: bedragen gevonden door 'thorbecke money find'. Controleer elk bedrag op de genoemde pagina,")
            .AppendLine("# pas soort, jaren en bedrag zo nodig aan en zet 'confirmed: true'; onbevestigde hefbomen tellen niet mee.")
            .AppendLine(CultureInfo.InvariantCulture, $"id: {Quote(id)}")
            .AppendLine(CultureInfo.InvariantCulture, $"title: {Quote(title)}")
            .Append(extends is null ? "" : $"extends: {Quote(extends)}\n")
            .AppendLine("normering: bbp")
            .AppendLine(CultureInfo.InvariantCulture, $"years: {{from: {fromYear}, to: {toYear}}}")
            .AppendLine(candidates.Count == 0 ? "levers: []" : "levers:");
        foreach (var candidate in candidates)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - kind: {LeverKinds.NameOf(candidate.Kind)}")
                .AppendLine(CultureInfo.InvariantCulture, $"    label: {Quote(candidate.Label)}")
                .AppendLine(CultureInfo.InvariantCulture, $"    justification: {Quote(candidate.Justification)}")
                .AppendLine("    confirmed: false")
                .Append(CultureInfo.InvariantCulture, $"    source: {{document: {Quote(candidate.Source.Document)}")
                .Append(candidate.Source.Page is { } page ? string.Create(CultureInfo.InvariantCulture, $", page: {page}") : "")
                .AppendLine(candidate.Source.Quote is { } quote ? $", quote: {Quote(quote)}}}" : "}");
            var amount = candidate.Millions.ToString(CultureInfo.InvariantCulture);
            yaml.AppendLine(candidate.Kind == LeverKind.OneOff
                ? string.Create(CultureInfo.InvariantCulture, $"    year: {candidate.FromYear}\n    amount: {amount}")
                : candidate.ToYear is { } to
                    ? string.Create(CultureInfo.InvariantCulture, $"    structural: {{from: {candidate.FromYear}, to: {to}, amount: {amount}}}")
                    : string.Create(CultureInfo.InvariantCulture, $"    structural: {{from: {candidate.FromYear}, amount: {amount}}}"));
        }

        return yaml.ToString();
    }

    /// <summary>A YAML single-quoted scalar: only the quote itself needs escaping, and line breaks become spaces.</summary>
    private static string Quote(string text) => $"'{text.ReplaceLineEndings(" ").Replace("'", "''", StringComparison.Ordinal)}'";
}
